/// Lotsen's tables in a PostgreSQL database, created and upgraded by
/// `lotsen setup --database` (docs/architecture.md, "The PostgreSQL store"). Versioned:
/// `lotsen.schema` names the version; each upgrade is one transaction.
///
/// What the database enforces, for every role (its owner's triggers included):
/// - `lotsen.records` is append-only: UPDATE, DELETE and TRUNCATE are refused.
/// - A record is taken only if it follows the last one: its `seq` is the next, its
///   `prev` is the last record's SHA-256, and its hash is computed by the database.
/// - Writers take turns on one advisory lock, inside the inserting transaction.
/// - A record's author must be one the connected role may sign as (`lotsen.authors`),
///   unless the role is a Lotsen administrator (a migration copies others' records).
public enum PostgresSchema {
    /// The version this Lotsen writes: one step a version, each run once, in order, by
    /// `lotsen setup --database` (`PostgresSetup.install`), never edited once released.
    public static var version: Int { steps.count }
    static let steps = [versionOne]
    /// The advisory lock every writer takes ("Lotsen" in ASCII).
    public static let writerLock: Int64 = 0x4C6F_7473_656E
    /// The advisory lock of the access log's writers.
    public static let accessLock: Int64 = writerLock + 1
    /// Taken by `lotsen setup --database` for its transaction: two at once take turns.
    public static let setupLock: Int64 = writerLock + 2
    /// Notified after every committed insert into the records.
    public static let channel = "lotsen_records"
    /// Caseworkers' roles are members of this one: read the records, append their own.
    public static let caseworkerRole = "lotsen_caseworker"
    /// Administrators' roles: also sign for others (a migration), and say who signs as whom.
    public static let adminRole = "lotsen_admin"

    /// Version 1: run by a role that may create roles and schemas.
    static let versionOne: String = """
    -- The roles belong to the cluster, not the database: another database's setup may
    -- be making them at this moment, so one that appears meanwhile counts as made.
    DO $$ BEGIN
        BEGIN
            CREATE ROLE lotsen_caseworker NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
        BEGIN
            CREATE ROLE lotsen_admin NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
        BEGIN
            GRANT lotsen_caseworker TO lotsen_admin;
        EXCEPTION WHEN unique_violation THEN NULL;
        END;
    END $$;

    CREATE SCHEMA lotsen;
    CREATE TABLE lotsen.schema (version integer NOT NULL);
    INSERT INTO lotsen.schema VALUES (1);

    -- Each row is one record's line, exactly as the file store writes it; `start` and
    -- `stop` are where the line and its newline stand in that file.
    CREATE TABLE lotsen.records (
        seq        bigint PRIMARY KEY,
        start      bigint NOT NULL UNIQUE,
        stop       bigint NOT NULL UNIQUE,
        hash       bytea NOT NULL,
        author     text NOT NULL,
        written_by name NOT NULL,
        written_at timestamptz NOT NULL,
        line       bytea NOT NULL
    );

    -- Which database role may sign records as which caseworker (initials).
    CREATE TABLE lotsen.authors (
        role   name NOT NULL,
        author text NOT NULL,
        PRIMARY KEY (role, author)
    );

    -- The journal's key store, sealed under the master key (one row). Replaced whole when
    -- someone gets a key or a purge destroys one; never deleted.
    CREATE TABLE lotsen.key_store (
        id    integer PRIMARY KEY CHECK (id = 1),
        bytes bytea NOT NULL
    );

    -- Who looked at whom (LotsenJournal's AccessLog): the same hash-chained lines as the
    -- file beside a journal, numbered and linked by the writer under `accessLock`.
    CREATE TABLE lotsen.access_log (
        seq        bigint PRIMARY KEY,
        hash       bytea NOT NULL,
        logged_by  name NOT NULL,
        logged_at  timestamptz NOT NULL,
        line       bytea NOT NULL
    );

    CREATE FUNCTION lotsen.take_look() RETURNS trigger LANGUAGE plpgsql AS $f$
    DECLARE
        last lotsen.access_log%ROWTYPE;
        expected bytea;
    BEGIN
        PERFORM pg_advisory_xact_lock(84041578800495);
        SELECT * INTO last FROM lotsen.access_log ORDER BY seq DESC LIMIT 1;
        NEW.seq := coalesce(last.seq, 0) + 1;
        expected := convert_to('{"seq":' || NEW.seq || ',"prev":"' || coalesce(encode(last.hash, 'hex'), repeat('0', 64)) || '",', 'UTF8');
        IF substring(NEW.line FROM 1 FOR length(expected)) <> expected OR position('\\x0a'::bytea IN NEW.line) > 0 THEN
            RAISE EXCEPTION 'lotsen: look % does not follow look % in the access log', NEW.seq, NEW.seq - 1
                USING ERRCODE = 'check_violation';
        END IF;
        PERFORM convert_from(NEW.line, 'UTF8')::json;
        NEW.hash := sha256(NEW.line);
        NEW.logged_by := session_user;
        NEW.logged_at := now();
        RETURN NEW;
    END $f$;

    CREATE FUNCTION lotsen.take_record() RETURNS trigger LANGUAGE plpgsql AS $f$
    DECLARE
        last lotsen.records%ROWTYPE;
        record json;
        expected bytea;
    BEGIN
        PERFORM pg_advisory_xact_lock(84041578800494);
        IF position('\\x0a'::bytea IN NEW.line) > 0 THEN
            RAISE EXCEPTION 'lotsen: a record is one line' USING ERRCODE = 'check_violation';
        END IF;
        record := convert_from(NEW.line, 'UTF8')::json;
        SELECT * INTO last FROM lotsen.records ORDER BY seq DESC LIMIT 1;
        IF NOT FOUND THEN
            NEW.seq := 0;
            NEW.start := 0;
            expected := convert_to('{"v":1,"seq":0,"prev":"' || repeat('0', 64) || '","time":"', 'UTF8');
        ELSE
            NEW.seq := last.seq + 1;
            NEW.start := last.stop;
            expected := convert_to('{"v":1,"seq":' || NEW.seq || ',"prev":"' || encode(last.hash, 'hex') || '","time":"', 'UTF8');
        END IF;
        IF substring(NEW.line FROM 1 FOR length(expected)) <> expected THEN
            RAISE EXCEPTION 'lotsen: record % does not follow record % in the chain', NEW.seq, NEW.seq - 1
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.stop := NEW.start + length(NEW.line) + 1;
        NEW.hash := sha256(NEW.line);
        NEW.author := record->>'author';
        NEW.written_by := session_user;
        NEW.written_at := now();
        IF NEW.author IS NULL THEN
            RAISE EXCEPTION 'lotsen: record % has no author', NEW.seq USING ERRCODE = 'check_violation';
        END IF;
        IF NOT pg_has_role(session_user, 'lotsen_admin', 'MEMBER')
           AND NOT EXISTS (SELECT 1 FROM lotsen.authors a WHERE a.role = session_user AND a.author = NEW.author) THEN
            RAISE EXCEPTION 'lotsen: the role % may not write as %', session_user, NEW.author
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END $f$;

    CREATE FUNCTION lotsen.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
        RAISE EXCEPTION 'lotsen: % on %.% is refused: the journal is append-only', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END $f$;

    CREATE FUNCTION lotsen.notify_records() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
        PERFORM pg_notify('lotsen_records', '');
        RETURN NULL;
    END $f$;

    CREATE TRIGGER take_record BEFORE INSERT ON lotsen.records FOR EACH ROW EXECUTE FUNCTION lotsen.take_record();
    CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON lotsen.records FOR EACH ROW EXECUTE FUNCTION lotsen.refuse_change();
    CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON lotsen.records FOR EACH STATEMENT EXECUTE FUNCTION lotsen.refuse_change();
    CREATE TRIGGER take_look BEFORE INSERT ON lotsen.access_log FOR EACH ROW EXECUTE FUNCTION lotsen.take_look();
    CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON lotsen.access_log FOR EACH ROW EXECUTE FUNCTION lotsen.refuse_change();
    CREATE TRIGGER access_log_append_only_truncate BEFORE TRUNCATE ON lotsen.access_log FOR EACH STATEMENT EXECUTE FUNCTION lotsen.refuse_change();
    CREATE TRIGGER key_store_kept BEFORE DELETE ON lotsen.key_store FOR EACH ROW EXECUTE FUNCTION lotsen.refuse_change();
    CREATE TRIGGER key_store_kept_truncate BEFORE TRUNCATE ON lotsen.key_store FOR EACH STATEMENT EXECUTE FUNCTION lotsen.refuse_change();
    CREATE TRIGGER notify AFTER INSERT ON lotsen.records FOR EACH STATEMENT EXECUTE FUNCTION lotsen.notify_records();

    REVOKE ALL ON SCHEMA lotsen FROM PUBLIC;
    REVOKE ALL ON ALL TABLES IN SCHEMA lotsen FROM PUBLIC;
    GRANT USAGE ON SCHEMA lotsen TO lotsen_caseworker;
    GRANT SELECT ON lotsen.schema, lotsen.records, lotsen.authors TO lotsen_caseworker;
    GRANT INSERT (line) ON lotsen.records TO lotsen_caseworker;
    GRANT SELECT, INSERT, UPDATE ON lotsen.key_store TO lotsen_caseworker;
    GRANT SELECT ON lotsen.access_log TO lotsen_caseworker;
    GRANT INSERT (line) ON lotsen.access_log TO lotsen_caseworker;
    GRANT INSERT, DELETE ON lotsen.authors TO lotsen_admin;
    """
}
