using Grader.Pipeline.Rubrics.Editing;

namespace Grader.Pipeline.Tests.Rubrics;

public sealed class SignalRulesTests
{
    [Fact]
    public void Valid_signals_are_trimmed_and_accepted()
    {
        var (signals, problems) = SignalRules.Check(["  matrice SWOT ", "PESTEL", "l’offre « phare »"]);
        Assert.Empty(problems);
        Assert.Equal(["matrice SWOT", "PESTEL", "l’offre « phare »"], signals);
        Assert.Empty(SignalRules.Check([]).Problems);
    }

    [Fact]
    public void Each_refused_signal_is_named_with_its_position_in_french()
    {
        var (_, problems) = SignalRules.Check(["Étude de marché", "  ", new string('a', 81), "tab\there", "etude de MARCHE", null]);

        Assert.Equal(["signals[1]", "signals[2]", "signals[3]", "signals[4]", "signals[5]"], problems.Select(p => p.Field));
        Assert.Contains("Signal 2 : le texte est vide", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("81 caractères, 80 au plus", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("caractère de contrôle", problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("répète le signal 1", problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_forty_signals_is_a_problem_of_the_list()
    {
        var problem = Assert.Single(SignalRules.Check(Enumerable.Range(1, 41).Select(i => $"signal {i}").ToList()).Problems);
        Assert.Equal("signals", problem.Field);
        Assert.Contains("41 signaux : 40 au plus", problem.Message, StringComparison.Ordinal);
    }
}
