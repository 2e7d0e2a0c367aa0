//! Inputs the benchmarks build that an example also uses.

pub mod request;
