// LotsenWorkspace
