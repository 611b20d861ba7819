using Grader.Cli;

return await GraderCli.RunAsync(args, Console.Out, Console.Error);
