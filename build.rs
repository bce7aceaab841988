//! Compiles `proto/` with protox (a pure-Rust protobuf compiler, so no system
//! `protoc` is needed), generates the prost messages and tonic stubs, and
//! writes the encoded descriptor set that server reflection serves.
//!
//! The descriptor set is taken from `encode_file_descriptor_set`, not from a
//! decoded `prost_types::FileDescriptorSet`: prost drops unknown fields on
//! decode, and custom options such as `google.api.http` are exactly that. The
//! encoded form keeps them, so grpcurl, transcoders and client generators that
//! read our reflection see the HTTP bindings.
//!
//! It also writes the OpenAPI document of the REST surface (`openapi.json`),
//! generated from the same descriptors by `codegen/src/openapi.rs`; the server
//! serves it and `tests/api/openapi.rs` checks `docs/openapi.json` against it.

use std::{env, fs, path::PathBuf};

// The generators live in the jitgate-codegen crate (codegen/), which the
// server uses too: the document is built once, at build time.
use jitgate_codegen::{json_schema, json_writer, openapi};

const PROTO_ROOT: &str = "proto";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    let protos = service_protos()?;

    let mut compiler = protox::Compiler::new([PROTO_ROOT])?;
    compiler.include_imports(true).include_source_info(true);
    for proto in &protos {
        compiler.open_file(proto)?;
    }

    fs::write(
        out_dir.join("jitgate_descriptor.bin"),
        compiler.encode_file_descriptor_set(),
    )?;

    let openapi = openapi::render(&compiler.descriptor_pool(), env!("CARGO_PKG_VERSION"))?;
    fs::write(out_dir.join("policy.schema.json"), json_schema::policy_file(&openapi)?)?;
    fs::write(out_dir.join("openapi.json"), openapi)?;

    let writers = json_writer::generate(&compiler.descriptor_pool(), "jitgate.v1")?;
    fs::write(out_dir.join("rest_json.rs"), writers)?;

    // Type names let the request codec find each message's descriptor; the
    // codec refuses NUL in any string field (src/server/codec.rs).
    let mut prost_config = tonic_prost_build::Config::new();
    prost_config.enable_type_names();
    tonic_prost_build::configure()
        .build_client(true)
        .build_server(true)
        .codec_path("crate::server::codec::CheckedCodec")
        .compile_fds_with_config(compiler.file_descriptor_set(), prost_config)?;

    println!("cargo:rerun-if-changed={PROTO_ROOT}");
    Ok(())
}

/// Every `.proto` under `proto/jitgate/`, sorted so builds are reproducible.
fn service_protos() -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut dirs = vec![PathBuf::from(PROTO_ROOT).join("jitgate")];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|ext| ext == "proto") {
                println!("cargo:rerun-if-changed={}", path.display());
                found.push(path.strip_prefix(PROTO_ROOT).unwrap().to_path_buf());
            }
        }
    }
    found.sort();
    Ok(found)
}
