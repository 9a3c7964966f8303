"""Where customer data comes from: report files (reports/), the SP-API later, and the import path."""
