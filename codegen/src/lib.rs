//! What jitgate's build script and its server both need, compiled once as
//! a crate of its own (it used to be compiled twice, through `#[path]`
//! modules in `build.rs`):
//!
//! - [`template`]: the `google.api.http` path templates, parsed and matched;
//! - [`dialect`]: the vendors' spellings on the REST surface (decision 0023);
//! - [`openapi`]: the OpenAPI document of the REST surface, generated from
//!   the descriptors at build time and served by the server;
//! - [`json_schema`]: the JSON Schema of a policy file, derived from the
//!   OpenAPI document's schemas at build time;
//! - [`json_writer`]: the generator of the REST JSON writers (build time
//!   only; the writers themselves live in the server crate).

pub mod dialect;
pub mod json_schema;
pub mod json_writer;
pub mod openapi;
pub mod template;

/// The jitgate protos, compiled as `build.rs` compiles them: for tests.
#[cfg(test)]
pub(crate) fn test_pool() -> prost_reflect::DescriptorPool {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../proto");
    let mut compiler = protox::Compiler::new([&root]).expect("the proto root");
    compiler.include_imports(true).include_source_info(true);
    let mut files = Vec::new();
    let mut dirs = vec![root.join("jitgate")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("a proto folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "proto") {
                files.push(path.strip_prefix(&root).unwrap().to_path_buf());
            }
        }
    }
    files.sort();
    for file in files {
        compiler.open_file(file).expect("the protos compile");
    }
    compiler.descriptor_pool()
}
