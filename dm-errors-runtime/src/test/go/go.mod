module dmerrors/conformance

go 1.19
