"""The contract's wire format: the only place that knows JSON field names."""
