//! View state of the map.

/// View state of the map (zoom, pan, layout, filters …); not part of the document.
#[derive(Debug, Default)]
pub struct MapState {}
