using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using nietras.SeparatedValues;

namespace ClustersTic.Cli.Tests;

/// <summary>Workbooks as Excel writes them (shared strings, numbers, dates as serial numbers with a date style),
/// and read back.</summary>
internal static class Workbooks
{
    /// <summary>Writes a CSV (<c>;</c>, French dates) as a workbook: texts as shared strings, numbers as numbers,
    /// dates as Excel serial numbers — what a user gets by opening the CSV in Excel and saving it.</summary>
    public static void FromCsv(string csv, string path)
    {
        var rows = new List<string[]>();
        using (SepReader reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true }).FromFile(csv))
        {
            foreach (SepReader.Row line in reader)
            {
                rows.Add(line[..].ToStringsArray());
            }
        }

        using SpreadsheetDocument document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        WorkbookPart workbook = document.AddWorkbookPart();
        var shared = new List<string>();
        var data = new SheetData();
        for (int r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (int c = 0; c < rows[r].Length; c++)
            {
                string value = rows[r][c];
                if (value.Length == 0)
                {
                    continue;
                }

                string reference = ((char)('A' + c)).ToString() + (r + 1);
                if (r > 0 && System.DateTime.TryParseExact(value, "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out System.DateTime date))
                {
                    row.Append(new Cell { CellReference = reference, CellValue = new CellValue(date.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)), StyleIndex = 1 });
                }
                else if (r > 0 && c > 0 && decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out decimal number))
                {
                    row.Append(new Cell { CellReference = reference, CellValue = new CellValue(number) });
                }
                else
                {
                    shared.Add(value);
                    row.Append(new Cell { CellReference = reference, CellValue = new CellValue((shared.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), DataType = CellValues.SharedString });
                }
            }

            data.Append(row);
        }

        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(s))));
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill()),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        WorksheetPart sheet = workbook.AddNewPart<WorksheetPart>();
        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Membres" }));
    }

    /// <summary>What the Open XML SDK's validator finds wrong with a workbook (schema and semantic checks, as
    /// Excel would refuse to open it).</summary>
    public static string[] Validate(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using SpreadsheetDocument document = SpreadsheetDocument.Open(stream, false);
        return new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Path?.XPath + ": " + e.Description).ToArray();
    }

    /// <summary>Every row of the first sheet, as text.</summary>
    public static string[][] Read(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using SpreadsheetDocument document = SpreadsheetDocument.Open(stream, false);
        WorkbookPart part = document.WorkbookPart!;
        var sheet = (WorksheetPart)part.GetPartById(part.Workbook!.Sheets!.GetFirstChild<Sheet>()!.Id!.Value!);
        return sheet.Worksheet!.Descendants<Row>()
            .Select(row => row.Elements<Cell>().Select(cell => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty).ToArray())
            .ToArray();
    }
}
