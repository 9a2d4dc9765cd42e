"""The Qt screens, by feature (shell hosts the pages; a feature uses only those beneath it)."""
