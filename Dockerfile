# syntax=docker/dockerfile:1
# Multi-stage build: compile, build the database from the seeds, then copy the
# binary and the read-only database into a small image that runs as non-root.
# The container works with a read-only root file system (docker run --read-only):
# the database is only read, logs go to stderr.

FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock build.rs rustfmt.toml ./
COPY src src
COPY migrations migrations
COPY seeds seeds
COPY openapi openapi
RUN cargo build --release --locked
# Create, migrate and seed the database at image build time.
RUN mkdir -p /out/data \
 && ./target/release/talent-trends-api migrate --database-url sqlite:///out/data/talent.db

FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin api
COPY --from=build /src/target/release/talent-trends-api /usr/local/bin/talent-trends-api
# The database is owned by root and only readable by the service user: start-up
# finds it up to date and only reads it, so the root file system can be read-only.
COPY --from=build --chown=root:root --chmod=0755 /out/data /srv/data
WORKDIR /srv
USER api
ENV DATABASE_URL=sqlite:///srv/data/talent.db \
    BIND_ADDR=0.0.0.0:8080 \
    LOG_FORMAT=json
EXPOSE 8080
# The binary checks its own /health (the image has no curl).
HEALTHCHECK --interval=15s --timeout=3s --start-period=5s --retries=3 \
    CMD ["talent-trends-api", "healthcheck"]
ENTRYPOINT ["talent-trends-api"]
CMD ["serve"]
