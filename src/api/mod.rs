//! The wire boundary: domain objects encoded onto the generated protobuf
//! types (and so onto the REST JSON their writers print), one file per
//! area. The domain's own types and rules stay in `domain/`, which does
//! not depend on this module; handlers and the store's audit rendering use
//! it. (Decoding and validating wire input still lives in `domain/*/validate`;
//! moving it here is the next step of issue 14.)

pub mod access_flow;
pub mod access_request;
pub mod directory;
pub mod evaluation;
pub mod request_config;
pub mod routing;
