#ifndef LOTSEN_BUILD_INFO_H
#define LOTSEN_BUILD_INFO_H

/// The commit the binary was built from ("" when the build did not say): `make release`
/// and `make deb` pass it as -DLOTSEN_COMMIT, since SwiftPM runs no script at build time.
const char *lotsen_build_commit(void);

#endif
