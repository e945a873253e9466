using System;
using System.IO;
using System.IO.Packaging;
using System.Xml;

namespace ClustersTic.Cli.Tabular;

/// <summary>The parts of an <c>.xlsx</c> workbook (an Open Packaging Conventions package, read with
/// System.IO.Packaging): the workbook, its first sheet and its shared strings, found through their relationships
/// as Excel writes them (transitional or strict namespaces alike: relationship types are matched by their last
/// segment, elements by their local name).</summary>
internal static class SpreadsheetPackage
{
    /// <summary>The SpreadsheetML namespace Excel writes.</summary>
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The namespace of relationship ids in workbook XML.</summary>
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public const string OfficeDocumentType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    public const string WorksheetType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    public const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public const string WorksheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    /// <summary>Settings for reading a part: no DTD, no external resolution.</summary>
    public static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false, CloseInput = true };

    /// <summary>The workbook part, its first sheet part and its shared-strings part (or null).</summary>
    public static (PackagePart Sheet, PackagePart? SharedStrings) FirstSheet(Package package)
    {
        PackagePart workbook = Target(package, null, "officeDocument") ?? throw new FormatException("no workbook part");
        string? sheetId = null;
        using (XmlReader reader = XmlReader.Create(workbook.GetStream(FileMode.Open, FileAccess.Read), ReaderSettings))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    sheetId = RelationshipId(reader);
                    break;
                }
            }
        }

        if (sheetId is null || !workbook.RelationshipExists(sheetId))
        {
            throw new FormatException("no worksheet");
        }

        PackagePart sheet = package.GetPart(PackUriHelper.ResolvePartUri(workbook.Uri, workbook.GetRelationship(sheetId).TargetUri));
        return (sheet, Target(package, workbook, "sharedStrings"));
    }

    /// <summary>The <c>r:id</c> attribute of the current element, whatever the namespace's version.</summary>
    private static string? RelationshipId(XmlReader reader)
    {
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
                {
                    string value = reader.Value;
                    reader.MoveToElement();
                    return value;
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return null;
    }

    /// <summary>The part a relationship of the package (<paramref name="source"/> null) or of a part points to,
    /// by the relationship type's last segment.</summary>
    private static PackagePart? Target(Package package, PackagePart? source, string typeName)
    {
        PackageRelationshipCollection relationships = source is null ? package.GetRelationships() : source.GetRelationships();
        foreach (PackageRelationship relationship in relationships)
        {
            if (relationship.TargetMode == TargetMode.Internal && relationship.RelationshipType.EndsWith("/" + typeName, StringComparison.Ordinal))
            {
                Uri uri = PackUriHelper.ResolvePartUri(source?.Uri ?? new Uri("/", UriKind.Relative), relationship.TargetUri);
                return package.PartExists(uri) ? package.GetPart(uri) : null;
            }
        }

        return null;
    }
}
