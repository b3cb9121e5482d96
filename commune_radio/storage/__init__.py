"""The one SQLite module: schema, migrations, transactions and repositories."""
