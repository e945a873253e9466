using System;
using System.CommandLine;
using ClustersTic;
using ClustersTic.Demo;
using ClustersTic.RuleSets;
using ClustersTic.Samples;
using ClustersTic.Text;
using NodaTime;
using NodaTime.Text;

var lang = new Option<string>("--lang")
{
    Description = "Language of the output: fr (default) or en.",
    DefaultValueFactory = _ => "fr",
};
lang.AcceptOnlyFromAmong("fr", "en");

var asOf = new Option<string>("--as-of")
{
    Description = "The date of the overview: yyyy-MM-dd, or 'today' (Europe/Paris). Default: the date the sample data was written for.",
    DefaultValueFactory = _ => LocalDatePattern.Iso.Format(SampleData.ReferenceDate),
};

var root = new RootCommand("ClustersTic demo: the consortium's rules on the built-in sample data.") { lang, asOf };
root.SetAction(result =>
{
    Language language = result.GetValue(lang) == "en" ? Language.English : Language.French;
    string dateText = result.GetValue(asOf)!;
    LocalDate date;
    if (dateText == "today")
    {
        date = SystemClock.Instance.GetCurrentInstant().InZone(ConsortiumRules.TimeZone).Date;
    }
    else if (LocalDatePattern.Iso.Parse(dateText) is { Success: true } parsed)
    {
        date = parsed.Value;
    }
    else
    {
        Console.Error.WriteLine($"--as-of: '{dateText}' is not a date (yyyy-MM-dd) nor 'today'.");
        return 2;
    }

    RuleSet ruleSet = RuleSetCatalog.Embedded.GetInForce(date);
    var rules = new ConsortiumRules(ruleSet, SystemClock.Instance);
    Overview.Print(Console.Out, rules, date, new DemoText(language));
    return 0;
});

return root.Parse(args).Invoke();
