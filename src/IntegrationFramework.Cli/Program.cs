using IntegrationFramework.Cli;

return Ifw.Run(args, Console.Out, Console.Error);
