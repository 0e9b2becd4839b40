//! The SQLite database: creating it, migrating its schema, loading the seed
//! files, and opening the read-only connections the service reads from.
//!
//! Start-up never writes when nothing changed: an up-to-date database is only
//! read, so the service also starts from a database on a read-only file system
//! (as in the container image). It never writes into a database that holds
//! tables it does not own ([`DbError::Foreign`]).

use std::{collections::BTreeSet, path::PathBuf, str::FromStr, time::Duration};

use bytes::Bytes;
use sha2::{Digest, Sha256};
use sqlx::{
    AssertSqlSafe, Connection, SqliteConnection, SqlitePool,
    migrate::{MigrateError, Migrator},
    sqlite::{SqliteConnectOptions, SqlitePoolOptions},
};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/seed_files.rs"));
}

/// Seed files compiled into the binary: (file name, SQL text).
pub use embedded::SEED_FILES;

/// The schema migrations compiled into the binary.
pub static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

/// Why the database could not be prepared or opened. Each cause has its own
/// process exit code (see [`DbError::exit_code`] and the README).
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("invalid database URL {url:?}: {reason}")]
    InvalidUrl { url: String, reason: String },
    #[error("database folder {0} does not exist; create it or point --database-url / DATABASE_URL elsewhere")]
    FolderMissing(PathBuf),
    #[error("cannot create or write database {path}: {reason}")]
    NotWritable { path: PathBuf, reason: String },
    #[error("cannot read database {path}: {reason}")]
    Unreadable { path: PathBuf, reason: String },
    #[error("database {0} does not exist")]
    Missing(PathBuf),
    #[error("database {path} is corrupt or not an SQLite database: {reason}")]
    Corrupt { path: PathBuf, reason: String },
    #[error(
        "database {path} has schema version {found}, newer than this binary knows ({known}); run a newer release or use another database file"
    )]
    SchemaTooNew { path: PathBuf, found: i64, known: i64 },
    #[error(
        "database {path} holds tables this service does not own ({}); it writes only into a database of its own: point --database-url / DATABASE_URL at a new or empty file",
        .tables.join(", ")
    )]
    Foreign { path: PathBuf, tables: Vec<String> },
    #[error("seed file {file} failed to load: {reason}")]
    Seed { file: String, reason: String },
    #[error("database error on {path}: {reason}")]
    Other { path: PathBuf, reason: String },
}

impl DbError {
    /// Process exit code for this failure (documented in the README).
    pub fn exit_code(&self) -> u8 {
        match self {
            DbError::InvalidUrl { .. } => 3,
            DbError::FolderMissing(_) => 10,
            DbError::NotWritable { .. } => 11,
            DbError::Unreadable { .. } | DbError::Missing(_) => 12,
            DbError::Corrupt { .. } => 13,
            DbError::SchemaTooNew { .. } => 14,
            DbError::Seed { .. } => 15,
            DbError::Other { .. } => 16,
            DbError::Foreign { .. } => 17,
        }
    }
}

/// How often [`Database::prepare_with`] tries again after a failure that
/// another process preparing the same file at the same time may cause.
const PREPARE_RETRIES: usize = 3;

/// A database location, parsed from a `sqlite:` URL.
#[derive(Clone, Debug)]
pub struct Database {
    options: SqliteConnectOptions,
    path: PathBuf,
}

/// What preparing the database did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Prepared {
    pub created: bool,
    pub migrations_applied: usize,
    pub seeds_loaded: Vec<String>,
}

impl Database {
    /// Parses a URL such as `sqlite://data/talent.db` or `sqlite:///srv/talent.db`.
    /// In-memory databases are refused: the read-only pool could not see them.
    pub fn from_url(url: &str) -> Result<Database, DbError> {
        let invalid = |reason: &str| DbError::InvalidUrl {
            url: url.to_owned(),
            reason: reason.to_owned(),
        };
        if !url.starts_with("sqlite:") {
            return Err(invalid(
                "it must start with sqlite: (for example sqlite://data/talent.db)",
            ));
        }
        let options = SqliteConnectOptions::from_str(url).map_err(|e| invalid(&e.to_string()))?;
        let path = options.get_filename().to_path_buf();
        let memory = url.contains(":memory:")
            || url.contains("mode=memory")
            || path.as_os_str().is_empty()
            || path.to_string_lossy().contains(":memory:")
            || path.to_string_lossy().starts_with("file:sqlx-in-memory");
        if memory {
            return Err(invalid(
                "an in-memory database cannot be shared with the read-only pool; use a file",
            ));
        }
        let options = options.foreign_keys(true).busy_timeout(Duration::from_secs(5));
        Ok(Database { options, path })
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// Creates the database if needed, applies pending migrations and loads
    /// the embedded seed files that are new or changed since they were last
    /// loaded.
    pub async fn prepare(&self) -> Result<Prepared, DbError> {
        self.prepare_with(SEED_FILES).await
    }

    /// As [`Database::prepare`], with these seed files (name, SQL) instead of
    /// the embedded ones.
    ///
    /// Several processes may start on one new file at once (replicas, or
    /// `migrate` beside `serve`): the first to write migrates and seeds, and
    /// another one, which read the file before those writes were committed,
    /// fails on them ("table already exists", a seed row already there).
    /// Such a failure is tried again, after 100, 200 and 400 ms: by then the
    /// work is done and is found done. A failure that is not a race fails
    /// the same way each time, about 0.7 s later.
    pub async fn prepare_with(&self, seeds: &[(&str, &str)]) -> Result<Prepared, DbError> {
        let mut wait = Duration::from_millis(100);
        for _ in 0..PREPARE_RETRIES {
            match self.prepare_once(seeds).await {
                Err(DbError::Other { .. } | DbError::Seed { .. }) => {
                    tokio::time::sleep(wait).await;
                    wait *= 2;
                }
                done => return done,
            }
        }
        self.prepare_once(seeds).await
    }

    async fn prepare_once(&self, seeds: &[(&str, &str)]) -> Result<Prepared, DbError> {
        let parent = match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !parent.is_dir() {
            return Err(DbError::FolderMissing(parent));
        }

        let exists = self.path.exists();
        if exists {
            // Only read when nothing is to be done (read-only file systems),
            // and never write into someone else's database.
            let mut conn = self.connect(self.options.clone().read_only(true)).await?;
            let checked = async {
                // A database of this service at a newer schema may hold tables
                // this binary does not know: that is exit 14, not a foreign
                // database. Any other database must hold only our tables.
                if !self.is_ours_but_newer(&mut conn).await? {
                    let foreign = self.foreign_tables(&mut conn).await?;
                    if !foreign.is_empty() {
                        return Err(DbError::Foreign {
                            path: self.path.clone(),
                            tables: foreign,
                        });
                    }
                }
                self.is_up_to_date(&mut conn, seeds).await
            }
            .await;
            let _ = conn.close().await;
            if checked? {
                return Ok(Prepared::default());
            }
        }

        let mut conn = self.connect(self.options.clone().create_if_missing(true)).await?;
        let mut prepared = Prepared {
            created: !exists,
            ..Prepared::default()
        };
        let applied_before = self.applied_migrations(&mut conn).await?.len();
        MIGRATOR.run(&mut conn).await.map_err(|e| self.migrate_error(e))?;
        prepared.migrations_applied = self.applied_migrations(&mut conn).await?.len() - applied_before;

        for (file, sql) in seeds {
            let sha = sha256_hex(sql);
            let loaded: Option<String> = sqlx::query_scalar("SELECT sha256 FROM seed_files WHERE file_name = ?1")
                .bind(file)
                .fetch_optional(&mut conn)
                .await
                .map_err(|e| self.classify(e))?;
            if loaded.as_deref() == Some(sha.as_str()) {
                continue;
            }
            load_seed(&mut conn, file, sql, &sha).await.map_err(|e| match e {
                sqlx::Error::Database(_) => DbError::Seed {
                    file: (*file).to_owned(),
                    reason: e.to_string(),
                },
                other => self.classify(other),
            })?;
            prepared.seeds_loaded.push((*file).to_owned());
        }
        let _ = conn.close().await;
        Ok(prepared)
    }

    /// Opens a fresh pool of one read-only connection, for reading the whole
    /// database once (the readiness check, a reload) and closing it again. It
    /// succeeds only while the file is there, readable and an SQLite
    /// database: a connection kept open would keep reading a deleted or
    /// replaced file.
    pub async fn open_fresh(&self) -> Result<SqlitePool, DbError> {
        if !self.path.exists() {
            return Err(DbError::Missing(self.path.clone()));
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(0)
            .acquire_timeout(Duration::from_secs(2))
            .connect_with(self.options.clone().read_only(true))
            .await
            .map_err(|e| self.classify(e))?;
        // Opening is lazy: read the schema to find corrupt files now.
        if let Err(e) = sqlx::query("SELECT count(*) FROM sqlite_master").fetch_one(&pool).await {
            pool.close().await;
            return Err(self.classify(e));
        }
        Ok(pool)
    }

    /// Takes a consistent copy of the whole database into memory
    /// ([`DatabaseCopy`]): the file is read through a fresh read-only
    /// connection with `sqlite3_serialize`, which copies every page inside
    /// one read transaction, so a file replaced or written meanwhile yields
    /// either the old database or the new one, never a mix. Nothing is
    /// written to disk (the service also runs on a read-only file system).
    pub async fn copy(&self) -> Result<DatabaseCopy, DbError> {
        let pool = self.open_fresh().await?;
        let image = async {
            let mut connection = pool.acquire().await?;
            connection.serialize(None).await
        }
        .await;
        pool.close().await;
        let image = image.map_err(|e| self.classify(e))?;
        DatabaseCopy::from_image(image).await.map_err(|e| self.classify(e))
    }

    /// Opens the pool the service answers from. Its connections are opened
    /// read-only, so no request can write.
    pub async fn open_read_only_pool(&self) -> Result<SqlitePool, DbError> {
        let options = self.options.clone().read_only(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(2)
            .min_connections(0)
            .acquire_timeout(Duration::from_secs(2))
            .connect_with(options)
            .await
            .map_err(|e| self.classify(e))?;
        // Touch the database so that an unreadable or corrupt file fails here.
        sqlx::query("SELECT count(*) FROM reports")
            .fetch_one(&pool)
            .await
            .map_err(|e| self.classify(e))?;
        Ok(pool)
    }

    async fn connect(&self, options: SqliteConnectOptions) -> Result<SqliteConnection, DbError> {
        let mut conn = SqliteConnection::connect_with(&options)
            .await
            .map_err(|e| self.classify(e))?;
        // Opening is lazy: read the schema to find corrupt files now.
        sqlx::query("SELECT count(*) FROM sqlite_master")
            .fetch_one(&mut conn)
            .await
            .map_err(|e| self.classify(e))?;
        Ok(conn)
    }

    /// True when the database has every migration of this binary applied
    /// (same versions, same checksums) and later ones besides: this
    /// service's database at a newer schema, whose new tables are its own.
    async fn is_ours_but_newer(&self, conn: &mut SqliteConnection) -> Result<bool, DbError> {
        if self.applied_migrations(conn).await?.is_empty() {
            return Ok(false);
        }
        let applied: Vec<(i64, Vec<u8>)> =
            sqlx::query_as("SELECT version, checksum FROM _sqlx_migrations WHERE success")
                .fetch_all(&mut *conn)
                .await
                .map_err(|e| self.classify(e))?;
        let ours = MIGRATOR
            .iter()
            .all(|m| applied.iter().any(|(v, c)| *v == m.version && c[..] == m.checksum[..]));
        let newer = applied.iter().any(|(v, _)| MIGRATOR.iter().all(|m| m.version != *v));
        Ok(ours && newer)
    }

    /// Tables and views in the database that the schema does not create
    /// (see [`owned_tables`]), sorted by name.
    async fn foreign_tables(&self, conn: &mut SqliteConnection) -> Result<Vec<String>, DbError> {
        let owned = owned_tables().await.map_err(|e| DbError::Other {
            path: self.path.clone(),
            reason: format!("cannot apply the migrations to an in-memory database: {e}"),
        })?;
        let present: Vec<String> =
            sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")
                .fetch_all(&mut *conn)
                .await
                .map_err(|e| self.classify(e))?;
        Ok(present
            .into_iter()
            .filter(|name| !owned.contains(name) && !name.starts_with("sqlite_"))
            .collect())
    }

    async fn applied_migrations(&self, conn: &mut SqliteConnection) -> Result<Vec<i64>, DbError> {
        let table: Option<String> =
            sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'")
                .fetch_optional(&mut *conn)
                .await
                .map_err(|e| self.classify(e))?;
        if table.is_none() {
            return Ok(Vec::new());
        }
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success ORDER BY version")
            .fetch_all(&mut *conn)
            .await
            .map_err(|e| self.classify(e))
    }

    async fn is_up_to_date(&self, conn: &mut SqliteConnection, seeds: &[(&str, &str)]) -> Result<bool, DbError> {
        let applied = self.applied_migrations(conn).await?;
        let known: Vec<i64> = MIGRATOR.iter().map(|m| m.version).collect();
        if let Some(&found) = applied.iter().find(|v| !known.contains(v)) {
            return Err(DbError::SchemaTooNew {
                path: self.path.clone(),
                found,
                known: known.iter().copied().max().unwrap_or(0),
            });
        }
        if applied != known {
            return Ok(false);
        }
        for (file, sql) in seeds {
            let loaded: Option<String> = sqlx::query_scalar("SELECT sha256 FROM seed_files WHERE file_name = ?1")
                .bind(file)
                .fetch_optional(&mut *conn)
                .await
                .map_err(|e| self.classify(e))?;
            if loaded.as_deref() != Some(sha256_hex(sql).as_str()) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn migrate_error(&self, error: MigrateError) -> DbError {
        match error {
            MigrateError::VersionMissing(found) => DbError::SchemaTooNew {
                path: self.path.clone(),
                found,
                known: MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0),
            },
            MigrateError::Execute(e) | MigrateError::ExecuteMigration(e, _) => self.classify(e),
            other => DbError::Other {
                path: self.path.clone(),
                reason: other.to_string(),
            },
        }
    }

    /// Maps an SQLite error to the start-up failure it means.
    pub fn classify(&self, error: sqlx::Error) -> DbError {
        let path = self.path.clone();
        let reason = error.to_string();
        let code = match &error {
            sqlx::Error::Database(db) => db.code().and_then(|c| c.parse::<i32>().ok()),
            _ => None,
        };
        // Primary result codes: https://www.sqlite.org/rescode.html
        match code.map(|c| c & 0xff) {
            Some(26) | Some(11) => DbError::Corrupt { path, reason }, // SQLITE_NOTADB, SQLITE_CORRUPT
            Some(8) => DbError::NotWritable { path, reason },         // SQLITE_READONLY
            // SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_AUTH on a file that exists: it cannot be read.
            Some(14) | Some(10) | Some(23) if self.path.exists() => DbError::Unreadable { path, reason },
            Some(14) => DbError::NotWritable { path, reason },
            _ => DbError::Other { path, reason },
        }
    }
}

/// A consistent copy of the database, held in memory: what the data
/// snapshot is loaded from and what `GET /talent.db` sends, so that the two
/// are the same by construction.
///
/// The copy differs from the file it was taken from only in this replica's
/// own bookkeeping: when migrations and seeds were applied here
/// (`_sqlx_migrations.installed_on` and `execution_time`,
/// `seed_files.loaded_at`) is set to the Unix epoch, and the copy is
/// vacuumed (no free pages, rollback journal). So replicas built from the
/// same migrations and seeds hold byte-identical copies, and the download's
/// ETag is the same on each. Every table, row, migration checksum and seed
/// checksum is kept: the copy is itself a database this service can serve.
pub struct DatabaseCopy {
    /// A connection to the copy (in memory, private to it).
    pub connection: SqliteConnection,
    /// The copy as an SQLite database file.
    pub file: Bytes,
}

/// The time the copy gives this replica's bookkeeping rows (see
/// [`DatabaseCopy`]).
pub const BOOKKEEPING_EPOCH: (&str, &str) = ("1970-01-01 00:00:00", "1970-01-01T00:00:00Z");

impl DatabaseCopy {
    /// Opens an SQLite file image (as `sqlite3_serialize` writes it) as a
    /// private in-memory database, resets the bookkeeping times, vacuums it
    /// and serialises it again.
    pub async fn from_image(mut image: sqlx::sqlite::SqliteOwnedBuf) -> Result<DatabaseCopy, sqlx::Error> {
        // A database in WAL mode cannot be opened in memory: bytes 18 and 19
        // of the header (file format write and read versions) say 2 for WAL;
        // 1 is the rollback journal, which a copy in memory (and a file
        // someone downloads and opens read-only) needs.
        if image.len() >= 100 && image[18] == 2 && image[19] == 2 {
            image[18] = 1;
            image[19] = 1;
        }
        let mut connection = SqliteConnection::connect("sqlite::memory:").await?;
        connection.deserialize(None, image, false).await?;
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('_sqlx_migrations', 'seed_files')",
        )
        .fetch_all(&mut connection)
        .await?;
        let (timestamp, rfc3339) = BOOKKEEPING_EPOCH;
        if tables.iter().any(|t| t == "_sqlx_migrations") {
            sqlx::query("UPDATE _sqlx_migrations SET installed_on = ?1, execution_time = 0")
                .bind(timestamp)
                .execute(&mut connection)
                .await?;
        }
        if tables.iter().any(|t| t == "seed_files") {
            sqlx::query("UPDATE seed_files SET loaded_at = ?1")
                .bind(rfc3339)
                .execute(&mut connection)
                .await?;
        }
        sqlx::query("VACUUM").execute(&mut connection).await?;
        let file = Bytes::copy_from_slice(&connection.serialize(None).await?);
        Ok(DatabaseCopy { connection, file })
    }
}

/// The tables and views this service owns: every one that exists after any
/// step of its migrations, applied one by one to an in-memory database (so a
/// table a later migration drops or renames is still its own), plus sqlx's
/// `_sqlx_migrations`. SQLite's internal `sqlite_*` tables are left aside by
/// the caller.
pub async fn owned_tables() -> Result<BTreeSet<String>, sqlx::Error> {
    let mut conn = SqliteConnection::connect("sqlite::memory:").await?;
    let mut owned = BTreeSet::from(["_sqlx_migrations".to_owned()]);
    for migration in MIGRATOR.iter() {
        sqlx::raw_sql(migration.sql.clone()).execute(&mut conn).await?;
        let names: Vec<String> = sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
            .fetch_all(&mut conn)
            .await?;
        owned.extend(names);
    }
    let _ = conn.close().await;
    Ok(owned)
}

/// Runs one seed file and records its checksum, all in one transaction.
async fn load_seed(conn: &mut SqliteConnection, file: &str, sql: &str, sha: &str) -> Result<(), sqlx::Error> {
    let mut tx = conn.begin().await?;
    sqlx::raw_sql(AssertSqlSafe(sql.to_owned())).execute(&mut *tx).await?;
    sqlx::query(
        "INSERT INTO seed_files (file_name, sha256, loaded_at) VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
         ON CONFLICT (file_name) DO UPDATE SET sha256 = excluded.sha256, loaded_at = excluded.loaded_at",
    )
    .bind(file)
    .bind(sha)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
