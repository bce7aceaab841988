# syntax=docker/dockerfile:1
#
# jitgate container image: `jitgate serve` on 0.0.0.0:8080 as UID/GID 65532.
#
#   podman build -t jitgate:0.1.0 .        (or: docker build -t jitgate:0.1.0 .)
#   podman run --rm -p 8080:8080 jitgate:0.1.0          # SQLite in the volume
#   podman run --rm -e DATABASE_URL=postgres://... jitgate:0.1.0
#
# The build needs network access to crates.io only: protobufs are compiled by
# protox in build.rs, so no protoc. See docs/decisions/0019.

ARG RUST_IMAGE=rust:1.95-slim-bookworm
# Debian 12 with glibc, libgcc and CA certificates, no shell, user "nonroot"
# (65532). Same Debian release as the build stage, so the glibc matches.
ARG RUNTIME_IMAGE=gcr.io/distroless/cc-debian12:nonroot

FROM ${RUST_IMAGE} AS build
WORKDIR /src
ENV CARGO_TERM_COLOR=never \
    CARGO_INCREMENTAL=0

# 1. Dependencies only, with stub sources, so this layer is rebuilt only when
#    Cargo.toml or Cargo.lock change.
#    The benchmarks crate is a workspace member the image never builds: its
#    manifest and stub sources only let cargo load the workspace.
COPY Cargo.toml Cargo.lock ./
COPY migrations/Cargo.toml migrations/
COPY codegen/Cargo.toml codegen/
COPY benches/Cargo.toml benches/
RUN mkdir -p src migrations/src codegen/src benches/src benches/benches \
    && echo 'fn main() {}' > build.rs \
    && echo 'fn main() {}' > src/main.rs \
    && echo 'fn main() {}' > benches/benches/evaluation.rs \
    && touch src/lib.rs migrations/src/lib.rs codegen/src/lib.rs benches/src/lib.rs \
    && cargo build --release --locked --bin jitgate \
    && rm -rf build.rs src migrations/src codegen/src

# 2. The real sources. touch: COPY keeps the files' own modification times,
#    which can be older than the stub build above, and cargo would then reuse
#    the stub artifacts of the workspace crates.
COPY build.rs ./
COPY proto proto
COPY migrations/src migrations/src
COPY codegen/src codegen/src
COPY src src
RUN touch build.rs src/main.rs src/lib.rs migrations/src/lib.rs codegen/src/lib.rs \
    && cargo build --release --locked --bin jitgate \
    && install -D -m 0755 target/release/jitgate /out/usr/local/bin/jitgate \
    && install -d -m 0750 /out/var/lib/jitgate

FROM ${RUNTIME_IMAGE}
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="jitgate" \
      org.opencontainers.image.description="Just-in-time access decisions and tracking over gRPC and REST" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.base.name="gcr.io/distroless/cc-debian12:nonroot"

COPY --from=build /out/usr/local/bin/jitgate /usr/local/bin/jitgate
# The data directory (SQLite and the development JWT secret when no
# PostgreSQL or key is configured), owned by the runtime user.
COPY --from=build --chown=65532:65532 /out/var/lib/jitgate /var/lib/jitgate

ENV JITGATE_LISTEN=0.0.0.0:8080 \
    JITGATE_DATA_DIR=/var/lib/jitgate
VOLUME ["/var/lib/jitgate"]
# 8080: gRPC, gRPC-Web, REST, /healthz, /readyz, /metrics.
# 9090: /metrics only, when JITGATE_METRICS_LISTEN=0.0.0.0:9090 is set.
EXPOSE 8080 9090
USER 65532:65532
ENTRYPOINT ["jitgate"]
CMD ["serve"]
