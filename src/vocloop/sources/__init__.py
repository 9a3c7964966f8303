"""Where customer data comes from: report files (reports/), later the SP-API; the import path."""
