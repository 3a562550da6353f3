using AlumniCrm.DataImport.Cli;

return ImporterCli.Run(args);
