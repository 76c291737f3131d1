"""The web's routes, one module per resource."""
