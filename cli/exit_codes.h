#pragma once
// kg's exit codes (README.md, "Exit codes", lists them for users).

namespace kg::cli {

enum ExitCode : int {
    kOk = 0,
    kError = 1,           // a command could not do its work: the message says why
    kUsage = 2,           // the command line is wrong
    kInputSkipped = 3,    // ingest, load: some input was bad and skipped; the rest was stored
    kNotFound = 4,        // no entity by that name, or no path between the two
    kAmbiguous = 5,       // a name matches several entities: the candidates are listed
    kStoreError = 6,      // the embedded store cannot be read or written
    kDatabaseError = 7,   // the PostgreSQL/AGE database cannot be reached or used
};

}  // namespace kg::cli
