// LotsenTUI
