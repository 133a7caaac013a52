package io.trackline.dashboard.web;

import jakarta.faces.application.Application;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Replaces PrimeFaces' CSV exporter of data tables with {@link NeutralisingCsvExporter} when the application
 * starts (listed in {@code faces-config.xml}), so that every CSV export of the dashboard, today's and any
 * page's to come, is neutralised without a page having to ask.
 */
public class CsvExportRegistration implements SystemEventListener {

    static final String CSV = "csv";

    @Override
    public void processEvent(SystemEvent event) {
        DataExporters.register(DataTable.class, NeutralisingCsvExporter.class, CSV);
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }
}
