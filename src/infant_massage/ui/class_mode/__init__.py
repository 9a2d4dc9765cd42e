"""Class mode: the audience and presenter windows, the plan, clicker keys."""
