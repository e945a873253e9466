using System;
using System.CommandLine;
using System.Globalization;
using ClustersTic.Cli;
using ClustersTic.Text;

// The language comes first: it decides the help's words too (French by default, --lang en for English; the
// forms --lang=en and --lang:en are read as System.CommandLine reads them).
Language language = Language.French;
for (int i = 0; i < args.Length; i++)
{
    if ((args[i] == "--lang" && i + 1 < args.Length && args[i + 1] == "en") || args[i] is "--lang=en" or "--lang:en")
    {
        language = Language.English;
    }
}

CultureInfo culture = CultureInfo.GetCultureInfo(language == Language.English ? "en" : "fr");
CultureInfo.DefaultThreadCurrentUICulture = culture;
CultureInfo.CurrentUICulture = culture;
var texts = new Texts(language);

var lang = new Option<string>("--lang")
{
    Description = texts.T("Langue des messages : fr (par défaut) ou en.", "Language of the messages: fr (the default) or en."),
    DefaultValueFactory = _ => "fr",
    Recursive = true,
};
lang.AcceptOnlyFromAmong("fr", "en");

var dataOptions = new DataCommands.DataOptions(texts);
var root = new RootCommand(texts.T(
    "clusters-tic : les règles du consortium ClustersTic, les mêmes réponses avec les mêmes raisons que la bibliothèque .NET.",
    "clusters-tic: the ClustersTic consortium's rules, the same answers with the same reasons as the .NET library."))
{
    lang,
    CheckCommand.Create(lang, texts),
    RulesetsCommand.Create(lang, texts, dataOptions),
};
foreach (Command command in DataCommands.Create(lang, texts, dataOptions))
{
    root.Add(command);
}

root.Add(SireneCommands.Create(lang, texts, dataOptions));

ParseResult parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Bad usage is exit code 2, distinct from "not valid" (1), so that a calling program can tell them apart.
    foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine(texts.T("Voir clusters-tic --help.", "See clusters-tic --help."));
    return ExitCodes.Usage;
}

return parsed.Invoke();
