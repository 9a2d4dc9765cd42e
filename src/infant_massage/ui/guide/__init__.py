"""The animated guides: the painter, the close-up widget, the guide page and the hands."""
