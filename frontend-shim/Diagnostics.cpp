//===- Diagnostics.cpp - Source files, positions and error reporting -----===//
//
// Implements FileSet position decoding and the gc-compatible error engine
// described in Diagnostics.h.
//
//===----------------------------------------------------------------------===//

#include "Diagnostics.h"

#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>

using namespace goshim;

//===----------------------------------------------------------------------===//
// SourceFile / FileSet
//===----------------------------------------------------------------------===//

SourceFile::SourceFile(std::string Name, std::string Text, uint32_t Base,
                       FileID ID)
    : Name(std::move(Name)), Text(std::move(Text)), Base(Base), ID(ID) {
  LineStarts.push_back(0);
  for (size_t I = 0, E = this->Text.size(); I != E; ++I)
    if (this->Text[I] == '\n')
      LineStarts.push_back(static_cast<uint32_t>(I + 1));
}

void SourceFile::getLineColumn(uint32_t Offset, unsigned &Line,
                               unsigned &Col) const {
  // The last line start that is <= Offset.
  auto It = std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset);
  size_t Idx = static_cast<size_t>(It - LineStarts.begin()) - 1;
  Line = static_cast<unsigned>(Idx + 1);
  Col = Offset - LineStarts[Idx] + 1;
}

FileID FileSet::addFile(llvm::StringRef Name, llvm::StringRef Text) {
  FileID ID = static_cast<FileID>(Files.size());
  Files.push_back(
      std::make_unique<SourceFile>(Name.str(), Text.str(), NextBase, ID));
  // One extra slot so that the EOF position of the file is distinct from the
  // first position of the next file.
  NextBase += static_cast<uint32_t>(Text.size()) + 1;
  return ID;
}

bool FileSet::addFileFromDisk(llvm::StringRef Path, FileID &ID,
                              std::string &Err) {
  auto BufOrErr = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
  if (!BufOrErr) {
    Err = BufOrErr.getError().message();
    return false;
  }
  ID = addFile(Path, (*BufOrErr)->getBuffer());
  return true;
}

const SourceFile *FileSet::getFileOf(Pos P) const {
  if (!P.isValid() || Files.empty())
    return nullptr;
  // The last file whose base is <= P.
  auto It = std::upper_bound(
      Files.begin(), Files.end(), P.getRaw(),
      [](uint32_t Raw, const std::unique_ptr<SourceFile> &F) {
        return Raw < F->getBase();
      });
  if (It == Files.begin())
    return nullptr;
  const SourceFile *F = (--It)->get();
  if (P.getRaw() - F->getBase() > F->getSize())
    return nullptr;
  return F;
}

Position FileSet::getPosition(Pos P) const {
  Position Result;
  const SourceFile *F = getFileOf(P);
  if (!F)
    return Result;
  Result.Filename = F->getName();
  Result.File = F->getID();
  Result.Offset = F->getOffset(P);
  F->getLineColumn(Result.Offset, Result.Line, Result.Column);
  return Result;
}

std::string FileSet::formatPos(Pos P) const {
  Position Pn = getPosition(P);
  if (!Pn.isValid())
    return "-";
  return (Pn.Filename + ":" + llvm::Twine(Pn.Line) + ":" +
          llvm::Twine(Pn.Column))
      .str();
}

//===----------------------------------------------------------------------===//
// Diagnostics
//===----------------------------------------------------------------------===//

bool Diagnostics::sameLine(Pos A, Pos B) const {
  Position PA = FS.getPosition(A), PB = FS.getPosition(B);
  return PA.isValid() && PB.isValid() && PA.Filename == PB.Filename &&
         PA.Line == PB.Line;
}

bool Diagnostics::error(Pos P, const llvm::Twine &Message) {
  if (tooManyErrors())
    return false;
  std::string Msg = Message.str();
  if (llvm::StringRef(Msg).starts_with("syntax error")) {
    // Only one syntax error per line, whatever it says.
    if (sameLine(LastSyntax, P))
      return false;
    LastSyntax = P;
  } else {
    // Only one of several equal other errors per line.
    if (sameLine(LastOther, P) && LastOtherMsg == Msg)
      return false;
    LastOther = P;
    LastOtherMsg = Msg;
  }
  Errors.push_back(Diagnostic{P, std::move(Msg)});
  return true;
}

void Diagnostics::print(llvm::raw_ostream &OS) const {
  struct Line {
    Position Pn;
    std::string Text;
    size_t Index; // report order, to keep the sort stable
  };
  std::vector<Line> Lines;
  Lines.reserve(Errors.size());
  for (const Diagnostic &D : Errors) {
    Line L;
    L.Pn = FS.getPosition(D.P);
    L.Text = FS.formatPos(D.P) + ": " + D.Message + "\n";
    L.Index = Lines.size();
    Lines.push_back(std::move(L));
  }
  // gc orders by file name, then line, then column; keep report order for
  // equal positions.
  std::sort(Lines.begin(), Lines.end(), [](const Line &A, const Line &B) {
    if (A.Pn.Filename != B.Pn.Filename)
      return A.Pn.Filename < B.Pn.Filename;
    if (A.Pn.Line != B.Pn.Line)
      return A.Pn.Line < B.Pn.Line;
    if (A.Pn.Column != B.Pn.Column)
      return A.Pn.Column < B.Pn.Column;
    return A.Index < B.Index;
  });
  for (size_t I = 0; I != Lines.size(); ++I)
    if (I == 0 || Lines[I].Text != Lines[I - 1].Text)
      OS << Lines[I].Text;
  if (tooManyErrors())
    OS << FS.formatPos(Errors.back().P) << ": too many errors\n";
}

std::string Diagnostics::str() const {
  std::string S;
  llvm::raw_string_ostream OS(S);
  print(OS);
  OS.flush();
  return S;
}

void Diagnostics::clear() {
  Errors.clear();
  LastSyntax = LastOther = Pos();
  LastOtherMsg.clear();
}
