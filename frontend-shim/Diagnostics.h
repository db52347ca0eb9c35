//===- Diagnostics.h - Source files, positions and error reporting -------===//
//
// Source files, compact source positions, and the engine that collects and
// prints front-end errors the way gc (cmd/compile) prints them.
//
// Glossary (borrowed from go/token):
//   FileSet   owns the text of every source file of a compilation and hands
//             out one global position space: file i occupies the half-open
//             range [Base_i, Base_i + size_i], the extra slot being the EOF.
//   Pos       a 32-bit index into that space. Pos() (zero) is "no position".
//             Pos values order correctly within a file; Pos + n moves n bytes.
//   Position  the human form: file name, 1-based line, 1-based column counted
//             in bytes (gc's convention), file index and byte offset.
//
// Error reporting follows cmd/compile/internal/base (go1.19):
//   * a message starting with "syntax error" is dropped if the previous
//     syntax error was on the same line (one syntax error per line);
//   * any other message is dropped if the previous non-syntax error was on
//     the same line with the same text;
//   * print() sorts by file name, line and column (stably), drops exact
//     repeats, and after the 10th recorded error stops with
//     "file:line:col: too many errors" at the 10th error's position.
//
//===----------------------------------------------------------------------===//

#ifndef GOSHIM_DIAGNOSTICS_H
#define GOSHIM_DIAGNOSTICS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace goshim {

/// Index of a file in its FileSet (0, 1, 2, ... in registration order).
using FileID = uint32_t;

/// A compact source position: an index into the FileSet's position space.
class Pos {
public:
  constexpr Pos() = default;
  constexpr explicit Pos(uint32_t Raw) : Raw(Raw) {}

  bool isValid() const { return Raw != 0; }
  uint32_t getRaw() const { return Raw; }

  /// The position N bytes further on (NoPos stays NoPos).
  Pos operator+(uint32_t N) const { return Raw ? Pos(Raw + N) : Pos(); }

  friend bool operator==(Pos A, Pos B) { return A.Raw == B.Raw; }
  friend bool operator!=(Pos A, Pos B) { return A.Raw != B.Raw; }
  friend bool operator<(Pos A, Pos B) { return A.Raw < B.Raw; }
  friend bool operator<=(Pos A, Pos B) { return A.Raw <= B.Raw; }
  friend bool operator>(Pos A, Pos B) { return A.Raw > B.Raw; }

private:
  uint32_t Raw = 0;
};

/// The decoded form of a Pos.
struct Position {
  llvm::StringRef Filename;
  unsigned Line = 0;   // 1-based; 0 means unknown
  unsigned Column = 0; // 1-based, in bytes
  FileID File = 0;
  uint32_t Offset = 0; // byte offset in the file
  bool isValid() const { return Line != 0; }
};

/// One source file: its name, its text and where its lines start.
class SourceFile {
public:
  SourceFile(std::string Name, std::string Text, uint32_t Base, FileID ID);

  llvm::StringRef getName() const { return Name; }
  llvm::StringRef getText() const { return Text; }
  uint32_t getBase() const { return Base; }
  uint32_t getSize() const { return static_cast<uint32_t>(Text.size()); }
  FileID getID() const { return ID; }

  /// Position of byte Offset (Offset == size is the EOF position).
  Pos getPos(uint32_t Offset) const { return Pos(Base + Offset); }
  /// Byte offset of P, which must belong to this file.
  uint32_t getOffset(Pos P) const { return P.getRaw() - Base; }
  /// 1-based line and byte column of a byte offset.
  void getLineColumn(uint32_t Offset, unsigned &Line, unsigned &Col) const;

private:
  std::string Name;
  std::string Text;
  uint32_t Base;
  FileID ID;
  std::vector<uint32_t> LineStarts; // offset of the first byte of each line
};

/// All source files of a compilation; maps Pos to Position.
class FileSet {
public:
  FileSet() = default;
  FileSet(const FileSet &) = delete;
  FileSet &operator=(const FileSet &) = delete;

  /// Registers a file (the text is copied) and returns its index.
  FileID addFile(llvm::StringRef Name, llvm::StringRef Text);
  /// Reads a file from disk; returns false (and leaves ID alone) on failure.
  bool addFileFromDisk(llvm::StringRef Path, FileID &ID, std::string &Err);

  const SourceFile &getFile(FileID ID) const { return *Files[ID]; }
  unsigned getNumFiles() const { return static_cast<unsigned>(Files.size()); }
  /// The file holding P, or null for NoPos or a position out of range.
  const SourceFile *getFileOf(Pos P) const;
  /// Decodes P. Returns an invalid Position for NoPos.
  Position getPosition(Pos P) const;
  /// "file:line:col" (or "-" for NoPos).
  std::string formatPos(Pos P) const;

private:
  std::vector<std::unique_ptr<SourceFile>> Files;
  uint32_t NextBase = 1; // 0 is NoPos
};

/// One recorded error.
struct Diagnostic {
  Pos P;
  std::string Message;
};

/// Collects errors and prints them gc-style (see the file comment).
class Diagnostics {
public:
  explicit Diagnostics(FileSet &FS) : FS(FS) {}

  FileSet &getFileSet() const { return FS; }

  /// Reports an error at P. Returns false if the error was dropped (a
  /// duplicate on the same line, or the limit had already been reached).
  bool error(Pos P, const llvm::Twine &Message);

  /// True once at least one error was recorded.
  bool hasErrors() const { return !Errors.empty(); }
  /// Number of errors recorded (after per-line deduplication).
  unsigned getNumErrors() const { return static_cast<unsigned>(Errors.size()); }
  /// True once the limit was reached; later errors are dropped and parsers
  /// should stop early.
  bool tooManyErrors() const { return Limit != 0 && Errors.size() >= Limit; }
  /// Maximum number of errors before giving up (gc: 10; 0 = no limit, as
  /// with gc's -e flag).
  void setErrorLimit(unsigned N) { Limit = N; }

  /// The recorded errors in report order.
  const std::vector<Diagnostic> &getErrors() const { return Errors; }
  /// Prints all errors ("file:line:col: msg"), sorted and deduplicated,
  /// followed by "too many errors" if the limit was reached.
  void print(llvm::raw_ostream &OS) const;
  /// The text print() would produce.
  std::string str() const;
  /// Forgets all errors.
  void clear();

private:
  bool sameLine(Pos A, Pos B) const;

  FileSet &FS;
  std::vector<Diagnostic> Errors;
  unsigned Limit = 10;
  Pos LastSyntax;       // position of the last recorded syntax error
  Pos LastOther;        // position of the last recorded other error
  std::string LastOtherMsg;
};

} // namespace goshim

#endif // GOSHIM_DIAGNOSTICS_H
