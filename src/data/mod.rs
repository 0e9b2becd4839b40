//! The heart of the product: the report data, its model and its loading.

pub mod catalog;
pub mod kinds;
pub mod table;
pub mod value;
