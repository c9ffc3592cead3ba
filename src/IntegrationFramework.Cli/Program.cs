using IntegrationFramework.Cli;
using NodaTime;

// Ctrl+C cancels the command rather than killing the process, so that a file being written is deleted, not left
// half-written; the command then exits with 130, as a shell reports an interrupted program.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;

    // When nothing is being written (the command may be waiting on standard input), stop at once.
    OutputFile.Interrupt(interrupt, () =>
    {
        Console.Error.WriteLine("ifw: interrupted; no file was changed.");
        Environment.Exit(Ifw.Interrupted);
    });
};

return Ifw.Run(args, Console.OpenStandardInput(), Console.Out, Console.Error, SystemClock.Instance, interrupt.Token);
