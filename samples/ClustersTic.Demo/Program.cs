using System;
using System.CommandLine;
using ClustersTic.Demo;

var lang = new Option<string>("--lang")
{
    Description = "Language of the output: fr (default) or en.",
    DefaultValueFactory = _ => "fr",
};
lang.AcceptOnlyFromAmong("fr", "en");

var root = new RootCommand("ClustersTic demo: the consortium's rules on built-in sample data.") { lang };
root.SetAction(result =>
{
    var text = new DemoText(result.GetValue(lang) == "en");
    Overview.Print(Console.Out, text);
    return 0;
});

return root.Parse(args).Invoke();
