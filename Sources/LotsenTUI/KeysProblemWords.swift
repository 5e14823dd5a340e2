import LotsenText
import LotsenWorkspace
extension KeysWords {
    /// A key problem in the user's words (the CLI and the TUI alike).
    public func problem(_ p: KeyStore.Problem, keyFile: String? = nil) -> String {
        switch p {
        case .missing: return missing
        case .wrongKey(let passphrase): return wrongKey(passphrase: passphrase)
        case .needsPassphrase: return needsPassphrase
        case .needsKeyFile: return needsKeyFile(keyFile)
        case .damaged: return damaged
        case .io(let path): return cannotRead(path)
        }
    }
}
