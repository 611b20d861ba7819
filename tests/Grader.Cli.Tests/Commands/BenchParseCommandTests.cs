using System.Text.RegularExpressions;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Commands;

public sealed class BenchParseCommandTests
{
    [Fact]
    public async Task Measures_generated_documents_and_reports_pages_per_second_and_heap()
    {
        var result = await CliRun.Grader("bench", "parse", "--pdf-pages", "3", "--docx-pages", "2", "--runs", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(new Regex(@"^\| PDF généré \(3 p\.\) \| 3 \| \d+,\d\d s \| \d+ \|", RegexOptions.Multiline), result.Output);
        Assert.Matches(new Regex(@"^\| DOCX généré \(2 p\.\) \| 2 \|", RegexOptions.Multiline), result.Output);
        Assert.Contains("Tas géré après chacune de 5 lectures successives du PDF", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_non_positive_page_count_in_french()
    {
        var result = await CliRun.Grader("bench", "parse", "--pdf-pages", "0");

        Assert.Equal(GraderCli.UserErrorExitCode, result.ExitCode);
        Assert.Contains("doivent être des entiers positifs", result.Error, StringComparison.Ordinal);
    }
}
