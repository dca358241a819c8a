package org.edcop.records;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes learning records as CSV for HR import: RFC 4180 (comma, double quotes where needed, CRLF
 * line ends), UTF-8 without a byte-order mark, a header row with the {@link LearningRecordColumn}
 * names, then one row per member per community.
 *
 * @since 0.2.0
 */
public final class LearningRecordsCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(headers()).setRecordSeparator("\r\n").get();

  private LearningRecordsCsv() {}

  /**
   * Writes records to a string.
   *
   * @param records the records, in the order wanted
   * @return the CSV text
   */
  public static String write(List<LearningRecord> records) {
    StringWriter out = new StringWriter();
    write(records, out);
    return out.toString();
  }

  /**
   * Writes records as UTF-8 to a stream, which is flushed and left open.
   *
   * @param records the records, in the order wanted
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(List<LearningRecord> records, OutputStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(records, writer);
  }

  /**
   * Writes records to a character stream, which is flushed and left open.
   *
   * @param records the records, in the order wanted
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(List<LearningRecord> records, Writer out) {
    try {
      CSVPrinter printer = new CSVPrinter(out, FORMAT);
      List<String> row = new ArrayList<>();
      for (LearningRecord record : records) {
        row.clear();
        for (LearningRecordColumn column : LearningRecordColumn.values()) {
          row.add(column.valueOf(record));
        }
        printer.printRecord(row);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] headers() {
    LearningRecordColumn[] columns = LearningRecordColumn.values();
    String[] headers = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      headers[i] = columns[i].header();
    }
    return headers;
  }
}
