//! The query language of the dataset endpoints and the representations of
//! their answers, shared by every dataset.

pub mod negotiate;
pub mod query;
pub mod render;
