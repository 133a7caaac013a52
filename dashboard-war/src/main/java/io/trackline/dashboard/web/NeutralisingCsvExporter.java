package io.trackline.dashboard.web;

import io.trackline.platform.web.CsvCell;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * PrimeFaces' CSV export of a data table (each cell quoted, quotes doubled, as RFC 4180 allows), with every
 * cell, headers and footers too, neutralised as {@link CsvCell} says, so that no table of the dashboard
 * carries a formula into a spreadsheet: a retailer's product name is whatever its feed sent.
 * {@link CsvExportRegistration} makes it the exporter of every {@code p:dataExporter type="csv"}.
 */
public class NeutralisingCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
                                   int index) {
        super.exportCellValue(context, table, column, neutralised(value), index);
    }

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue value, int index) {
        super.exportColumnFacetValue(context, table, neutralised(value), index);
    }

    static ColumnValue neutralised(ColumnValue value) {
        return ColumnValue.of(CsvCell.neutralised(value.toString()));
    }
}
