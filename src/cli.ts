import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadConfig, type Config } from './platform/config.ts';
import { backupDatabase, restoreDatabase } from './platform/ops/backup.ts';
import { createAdmin } from './platform/ops/create-admin.ts';
import { moveStoredFiles } from './platform/files/move-files.ts';
import { databaseLocation, describeLocation, openLocation } from './platform/ops/location.ts';
import { migrateDatabase } from './platform/ops/migrate.ts';
import { OpsError } from './platform/ops/ops-error.ts';

/**
 * The one command line for operators: `npm run cli -- <command>`. It finds the database
 * exactly as `npm start` does. Exit status: 0 done, 1 failed, 2 wrong usage.
 */
type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | undefined>;

interface Command {
  summary: string;
  usage: string;
  description: string;
  options: Options;
  /** names of the positional arguments, all required */
  positionals: string[];
  run(input: { values: Values; positionals: string[]; config: Config }): Promise<void>;
}

class UsageError extends Error {}

const print = (text: string) => process.stdout.write(`${text}\n`);

// npm runs scripts in the project folder; a file name is meant relative to where the operator typed it.
const fromOperatorCwd = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

const commands: Record<string, Command> = {
  migrate: {
    summary: 'apply pending database migrations',
    usage: 'migrate',
    description:
      'Applies the migrations in migrations/ that the database does not have yet. `npm start` does the same on every start; run this before starting a new version on several servers.',
    options: {},
    positionals: [],
    async run({ config }) {
      const location = databaseLocation(config);
      const handle = await openLocation(location);
      try {
        const { applied, total } = await migrateDatabase(handle);
        print(`Applied ${applied} migration(s) to ${describeLocation(location)}; ${total} in total.`);
      } finally {
        await handle.close();
      }
    },
  },

  'seed-demo': {
    summary: 'load demo content and demo accounts',
    usage: 'seed-demo',
    description:
      'Loads the demo content and the demo accounts (password Demo-Passwort-2026) and marks the site as a demo. Content that exists already is left alone. With NODE_ENV=production only when DEMO_CONTENT_IN_PRODUCTION=1 is set too. Never run this on a live installation: the demo accounts have a published password.',
    options: {},
    positionals: [],
    async run({ config }) {
      if (config.env === 'production' && !config.demoContentInProduction) {
        throw new UsageError(
          'NODE_ENV=production: demo accounts have a published password. Set DEMO_CONTENT_IN_PRODUCTION=1 as well only for a demonstration system.',
        );
      }
      // Only this command needs the features; the others must work even if one of them fails to load.
      const { createRuntime, seedDemoContent } = await import('./runtime.ts');
      const location = databaseLocation(config);
      const runtime = await createRuntime(config, { database: await openLocation(location), logger: false });
      try {
        await seedDemoContent(runtime.deps);
        print(`Demo content loaded into ${describeLocation(location)}.`);
      } finally {
        await runtime.close();
      }
    },
  },

  'create-admin': {
    summary: 'create an administrator account, or promote an existing one',
    usage: 'create-admin --email <address> [--name <name>]',
    description:
      'Creates an account with the site role administrator and a verified address, and prints a generated password once. If the address already has an account, it becomes an administrator and keeps its password. Recorded in the audit log as done by "system".',
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
    },
    positionals: [],
    async run({ values, config }) {
      if (typeof values.email !== 'string') throw new UsageError('create-admin needs --email <address>.');
      const location = databaseLocation(config);
      const handle = await openLocation(location);
      try {
        await handle.migrate();
        const result = await createAdmin(handle.db, { email: values.email, name: values.name as string | undefined });
        if (result.outcome === 'created') {
          print(`Created the administrator account ${result.email}.`);
          print(`Password (shown only this once): ${result.password}`);
          print(`Sign in at ${config.baseUrl}/anmelden and change the password.`);
          return;
        }
        print(
          result.outcome === 'promoted'
            ? `${result.email} already had an account: it is now an administrator. Its password is unchanged.`
            : `${result.email} is already an administrator. Nothing changed; its password is unchanged.`,
        );
        if (result.disabled) print('Note: this account is disabled and cannot sign in until it is enabled again.');
        if (!result.hasPassword) print(`Note: this account has no password yet; set one at ${config.baseUrl}/passwort-vergessen.`);
      } finally {
        await handle.close();
      }
    },
  },

  'move-files': {
    summary: 'move uploaded files between DATA_DIR/files and PostgreSQL',
    usage: 'move-files [--to database|folder]',
    description: [
      'On a PostgreSQL server (DATABASE_URL set) the platform keeps uploaded files in the database, so that several app machines need no shared disk and `backup` contains them; installations from before kept them in DATA_DIR/files.',
      '--to database (the default) moves every file from DATA_DIR/files into the database; --to folder moves them back, e.g. before moving to the embedded database.',
      'Each file is checked against its size and SHA-256 before it is written and is removed from the source only afterwards, so an interrupted run can simply be started again. The app may keep running.',
    ].join('\n'),
    options: { to: { type: 'string' } },
    positionals: [],
    async run({ values, config }) {
      const to = values.to ?? 'database';
      if (to !== 'database' && to !== 'folder') throw new UsageError('--to is either database or folder.');
      if (!config.databaseUrl) {
        throw new OpsError(
          'The embedded database keeps its files in DATA_DIR/files, and only there. Set DATABASE_URL to the PostgreSQL server whose files are to be moved.',
        );
      }
      const location = databaseLocation(config);
      const handle = await openLocation(location);
      try {
        await handle.migrate();
        const filesDir = path.join(config.dataDir, 'files');
        const report = await moveStoredFiles(handle, filesDir, to);
        const [from, into] = to === 'database' ? [filesDir, describeLocation(location)] : [describeLocation(location), filesDir];
        print(`Moved ${report.moved} file(s) from ${from} into ${into}; ${report.alreadyThere} were there already.`);
        const problems = [
          ...report.damaged.map((id) => `${id}: the bytes in the source do not match the file's size and SHA-256; left where they are`),
          ...report.missing.map((id) => `${id}: the bytes are in neither place`),
        ];
        if (problems.length > 0) throw new OpsError(`${problems.length} file(s) could not be moved:\n${problems.join('\n')}`);
      } finally {
        await handle.close();
      }
    },
  },

  backup: {
    summary: 'write a backup of the database to a file',
    usage: 'backup <file>',
    description: [
      'PostgreSQL server (DATABASE_URL set): runs pg_dump --format=custom; the app may keep running.',
      'Embedded database: writes the PGlite data folder as a .tar.gz. Stop the app first: one PGlite folder can only be used by one process at a time.',
      'The file is written under a temporary name and renamed when complete.',
    ].join('\n'),
    options: {},
    positionals: ['file'],
    async run({ positionals, config }) {
      const location = databaseLocation(config);
      const result = await backupDatabase(location, fromOperatorCwd(positionals[0]!));
      print(`Backup of ${describeLocation(location)} written to ${result.file} (${formatBytes(result.bytes)}).`);
    },
  },

  restore: {
    summary: 'restore a backup into an empty database',
    usage: 'restore <file> [--force]',
    description: [
      'Restores a file made by `backup` into the database the configuration names, which must be empty.',
      'PostgreSQL server: create the database first (createdb), then restore; runs pg_restore in one transaction.',
      'Embedded database: stop the app first; the backup is unpacked into DATA_DIR/pglite.',
      '--force restores into a database that has tables: on a server the objects in the backup are dropped and recreated; the embedded folder is replaced and the old one kept beside it.',
      'Start the app afterwards: it applies migrations newer than the backup.',
    ].join('\n'),
    options: { force: { type: 'boolean' } },
    positionals: ['file'],
    async run({ values, positionals, config }) {
      const location = databaseLocation(config);
      const file = fromOperatorCwd(positionals[0]!);
      const result = await restoreDatabase(location, file, { force: values.force === true });
      print(`Restored ${file} into ${describeLocation(location)} (${result.tables} tables).`);
      if (result.keptPrevious) print(`The previous database was kept in ${result.keptPrevious}.`);
    },
  },
};

function generalHelp(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    'Digitale Kommune – command line for operators',
    '',
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Help on one command: npm run cli -- <command> --help',
    'The database is the one `npm start` uses: DATABASE_URL, or else the embedded one in DATA_DIR/pglite.',
    'Exit status: 0 done, 1 failed, 2 wrong usage.',
  ].join('\n');
}

function commandHelp(name: string, command: Command): string {
  return [`Usage: npm run cli -- ${command.usage}`, '', `${name}: ${command.summary}.`, '', command.description].join('\n');
}

function configFromEnvironment(): Config {
  try {
    return loadConfig();
  } catch (error) {
    throw new OpsError(error instanceof Error ? error.message : String(error));
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic ? commands[topic] : undefined;
    if (topic && !command) throw new UsageError(`Unknown command "${topic}".`);
    const help = command && topic ? commandHelp(topic, command) : generalHelp();
    // without any command it is a usage error: the help goes where errors go
    if (!name) process.stderr.write(`${help}\n`);
    else print(help);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`Unknown command "${name}".`);

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run cli -- ${command.usage}`);
  }
  if (parsed.values.help) {
    print(commandHelp(name, command));
    return 0;
  }
  if (parsed.positionals.length !== command.positionals.length) {
    throw new UsageError(`Wrong number of arguments.\nUsage: npm run cli -- ${command.usage}`);
  }
  await command.run({ values: parsed.values as Values, positionals: parsed.positionals, config: configFromEnvironment() });
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`Error: ${error.message}\nRun \`npm run cli -- --help\` for the list of commands.\n`);
    process.exitCode = 2;
  } else if (error instanceof OpsError) {
    process.stderr.write(`Error: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write('Error: the command failed unexpectedly.\n');
    console.error(error);
    process.exitCode = 1;
  }
}
