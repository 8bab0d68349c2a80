//! Committee exports (XLSX, PDF, CSV) and staff import (issue 5).
