"""Writers that turn the record into files: minutes, report, programme, badges,
iCalendar, CSV/XLSX. They read service dataclasses and never import widgets."""
