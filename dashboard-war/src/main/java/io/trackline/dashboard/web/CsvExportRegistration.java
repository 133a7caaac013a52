package io.trackline.dashboard.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Replaces PrimeFaces' CSV exporter of data tables with {@link NeutralisingCsvExporter}, so that every CSV
 * export of the dashboard, today's and any page's to come, is neutralised without a page having to ask.
 * It does so once, before the first request restores its view (listed in {@code faces-config.xml}): at
 * start-up, PrimeFaces' registry does not exist yet, and making it reads the session cookie configuration,
 * which Liberty forbids while Faces starts.
 */
public class CsvExportRegistration implements PhaseListener {

    static final String CSV = "csv";
    private static final long serialVersionUID = 1L;

    private volatile boolean registered;

    @Override
    public void beforePhase(PhaseEvent event) {
        if (!registered) {
            DataExporters.register(DataTable.class, NeutralisingCsvExporter.class, CSV);
            registered = true;
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // registered before the phase
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
