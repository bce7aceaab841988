//! The generated protobuf messages and tonic stubs, and the encoded
//! descriptor set (with custom options intact) that reflection serves.

#![allow(clippy::doc_lazy_continuation, clippy::large_enum_variant)]

/// `jitgate.v1`: the whole API.
pub mod jitgate {
    pub mod v1 {
        tonic::include_proto!("jitgate.v1");
    }
}

/// `google.api`: the HTTP annotation types.
pub mod google {
    pub mod api {
        tonic::include_proto!("google.api");
    }
}

pub use jitgate::v1;

/// Every file of `proto/` and its imports, encoded by protox so that the
/// `google.api.http` options survive.
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jitgate_descriptor.bin"));

/// The descriptors of [`FILE_DESCRIPTOR_SET`], decoded once: for printing
/// messages as their REST JSON outside the REST layer (event payloads).
pub fn descriptor_pool() -> &'static prost_reflect::DescriptorPool {
    static POOL: std::sync::OnceLock<prost_reflect::DescriptorPool> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        // The set is built by build.rs from our own protos; failing to
        // decode it is a build defect that every test would catch.
        prost_reflect::DescriptorPool::decode(FILE_DESCRIPTOR_SET).expect("the embedded descriptor set decodes")
    })
}
