import Dispatch
import Glibc
import Synchronization

/// Threads of our own for `BackgroundSlices`, one fewer than the cores (the thread that
/// waits for the work takes the last core's share), that look for more work for a
/// moment before they sleep.
///
/// Why not the dispatch pool: a replay hands out work in small pieces (a block of lines
/// to check, a run of records to decode) a few hundred times a second, and a pool thread
/// that ran out went to sleep in the kernel and had to be woken for the next piece. On
/// a virtual machine each wake-up is an interrupt sent between virtual CPUs; measured,
/// the cores stood idle 15–20 % of a replay while work was waiting.
final class Crew: @unchecked Sendable {
    static let shared = Crew(threads: Parallel.cores - 1)

    private struct Queue {
        var jobs: [BackgroundSlices] = []
        var sleeping = 0
    }

    private let queue = Mutex(Queue())
    /// Bumped by every job handed out: what a looking thread watches without the lock.
    private let handedOut = Atomic<Int>(0)
    private let wake = DispatchSemaphore(value: 0)
    let threads: Int

    private init(threads: Int) {
        self.threads = threads
        for _ in 0..<threads {
            let box = Unmanaged.passRetained(self).toOpaque()
            var thread = pthread_t()
            let made = pthread_create(&thread, nil, { box in
                Unmanaged<Crew>.fromOpaque(box!).takeRetainedValue().run()
            }, box)
            precondition(made == 0, "cannot start a worker thread")
            pthread_detach(thread)
        }
    }

    /// Hands `job` to the crew; its slices are taken in the order jobs are handed out.
    func start(_ job: BackgroundSlices) {
        queue.withLock { q in
            q.jobs.append(job)
            if q.sleeping > 0 {
                q.sleeping -= 1
                wake.signal()
            }
        }
        handedOut.wrappingAdd(1, ordering: .releasing)
    }

    private func run() -> Never {
        while true {
            if let job = nextJob() {
                job.work()
                continue
            }
            // A moment's looking before sleeping: the next piece usually comes within
            // microseconds, and a wake-up costs more than the looking.
            let seen = handedOut.load(ordering: .acquiring)
            var spins = 0
            while handedOut.load(ordering: .acquiring) == seen, spins < Self.spins { spins += 1 }
            if spins < Self.spins { continue }
            let sleep = queue.withLock { q -> Bool in
                guard q.jobs.isEmpty else { return false }
                q.sleeping += 1
                return true
            }
            if sleep { wake.wait() }
        }
    }

    /// The first job with slices left, those without let go of.
    private func nextJob() -> BackgroundSlices? {
        queue.withLock { q in
            while let first = q.jobs.first {
                if first.hasSlicesLeft { return first }
                q.jobs.removeFirst()
            }
            return nil
        }
    }

    /// How long a thread looks for work before it sleeps: some tens of microseconds.
    static let spins = 20_000
}
