"""Warehouse mode's PostgreSQL side: the schema, the shared queue, claims, the stations' forwarded
journals, the shared outbox, notifications and the sync service's leader lock.

No Qt, no network to Stitch: the sync use-case (packstation.services.warehouse_sync) joins this
with the API client.
"""
