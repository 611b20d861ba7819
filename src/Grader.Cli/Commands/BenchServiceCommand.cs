using System.CommandLine;
using Grader.Cli.Bench.Service;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader bench service --email E [--url U] [--uploads N] [--readers N] [--server-pid P]</c>: load on a running
/// service (the password from <c>GRADER_BENCH_PASSWORD</c>, so that it stays out of the shell history).
/// </summary>
internal static class BenchServiceCommand
{
    public const string PasswordVariable = "GRADER_BENCH_PASSWORD";

    public static Command Create(CliContext context)
    {
        var url = new Option<string>("--url") { Description = "Adresse du service (défaut : http://localhost:5080).", DefaultValueFactory = _ => "http://localhost:5080" };
        var email = new Option<string>("--email") { Description = "Compte administrateur du service (mot de passe dans GRADER_BENCH_PASSWORD).", Required = true };
        var dossier = new Option<string>("--dossier")
        {
            Description = "Dossier déposé pour chaque candidat (défaut : eval-sets/dossiers-v1/e2-fort/dossier.pdf, 31 pages).",
            DefaultValueFactory = _ => Path.Combine("eval-sets", "dossiers-v1", "e2-fort", "dossier.pdf"),
        };
        var epreuve = new Option<string>("--epreuve") { Description = "Épreuve des dépôts (défaut : E2).", DefaultValueFactory = _ => "E2" };
        var uploads = new Option<int>("--uploads") { Description = "Dépôts simultanés (défaut : 20).", DefaultValueFactory = _ => 20 };
        var readers = new Option<int>("--readers") { Description = "Clients qui lisent pendant le traitement (défaut : 16).", DefaultValueFactory = _ => 16 };
        var timeout = new Option<int>("--timeout") { Description = "Attente maximale du traitement, en secondes (défaut : 900).", DefaultValueFactory = _ => 900 };
        var pid = new Option<int?>("--server-pid") { Description = "Processus du service sur cette machine, pour relever sa mémoire maximale." };

        var command = new Command("service", "Mesure un service en marche : débit et latence des lectures pendant des dépôts simultanés, mémoire maximale.")
        {
            url, email, dossier, epreuve, uploads, readers, timeout, pid,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var password = Environment.GetEnvironmentVariable(PasswordVariable);
            if (string.IsNullOrEmpty(password))
            {
                await context.Error.WriteLineAsync($"Erreur : définissez {PasswordVariable} avec le mot de passe du compte administrateur.");
                return GraderCli.UserErrorExitCode;
            }

            if (!Uri.TryCreate(parseResult.GetValue(url), UriKind.Absolute, out var address)
                || parseResult.GetValue(uploads) < 1 || parseResult.GetValue(readers) < 1 || parseResult.GetValue(timeout) < 1)
            {
                await context.Error.WriteLineAsync("Erreur : --url doit être une adresse complète, et --uploads, --readers, --timeout des entiers positifs.");
                return GraderCli.UserErrorExitCode;
            }

            var file = parseResult.GetValue(dossier)!;
            if (!File.Exists(file))
            {
                await context.Error.WriteLineAsync($"Erreur : le dossier « {file} » est introuvable.");
                return GraderCli.UserErrorExitCode;
            }

            var options = new ServiceBenchOptions(
                address, parseResult.GetValue(email)!, password, file, parseResult.GetValue(epreuve)!, parseResult.GetValue(uploads),
                parseResult.GetValue(readers), TimeSpan.FromSeconds(parseResult.GetValue(timeout)), parseResult.GetValue(pid),
                $"grader bench service --url {address} --email … --uploads {parseResult.GetValue(uploads)} --readers {parseResult.GetValue(readers)} --dossier {file}");
            try
            {
                var report = await ServiceLoadBench.RunAsync(options, context.Error, cancellationToken);
                await context.Output.WriteAsync(report.ToMarkdown().AsMemory(), cancellationToken);
                return 0;
            }
            catch (HttpRequestException unreachable)
            {
                await context.Error.WriteLineAsync($"Erreur : service injoignable à {address} ({unreachable.Message}). Lancez-le avec « dotnet run --project src/Grader.Api -c Release ».");
                return GraderCli.UserErrorExitCode;
            }
        });
        return command;
    }
}
