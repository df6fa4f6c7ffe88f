//! Fingerprints of the official handbook v1.3's verification points, per activity and in order
//! (FNV-1a, 32 bits, of the text as [`super::text::normalise`] writes it), taken from My GGI
//! Board's `conf/ggi_activities_full.json`. A task item whose text is the handbook's point is
//! recognised without shipping the handbook's wording in the app: 4 bytes per point.

/// `(activity id, fingerprints of its points in handbook order)`.
pub const HANDBOOK_1_3: &[(&str, &[u32])] = &[
    (
        "GGI-A-17",
        &[0x3b3373a3, 0xa562326f, 0xb1c0b5c6, 0xdb837d31, 0x16c7cd8f],
    ),
    (
        "GGI-A-18",
        &[0x1c25f369, 0x594e788f, 0x7a038868, 0x1214654b],
    ),
    (
        "GGI-A-19",
        &[
            0x91452a14, 0x390ef833, 0x56d47bc0, 0xa37a7867, 0x6358176a, 0x5e0a7807, 0xe9cb0d65,
        ],
    ),
    (
        "GGI-A-20",
        &[0x9c36487a, 0x2a78abba, 0x6e2b409c, 0x5670fce5],
    ),
    (
        "GGI-A-42",
        &[0x4b0c016f, 0x10fec79e, 0xf15c3428, 0x10e4c07b, 0x4b7394b1],
    ),
    (
        "GGI-A-21",
        &[
            0x3163cd48, 0x557d9c66, 0xb037b516, 0xb625dea9, 0xb928eda2, 0x4933f370, 0x7dda36d3,
            0x28d873f7, 0xd5426928,
        ],
    ),
    (
        "GGI-A-22",
        &[0xed229a71, 0xc6bf03bd, 0x02ebcf35, 0x41ed05e6],
    ),
    (
        "GGI-A-23",
        &[0x24d46d9d, 0x7cf12b79, 0x835c7247, 0xdc888ef0],
    ),
    ("GGI-A-24", &[0x5f02c8fc, 0xccfbbb6d, 0xec655ece]),
    (
        "GGI-A-44",
        &[0x1de2c084, 0xaeb17faa, 0xca2e81bd, 0xbc2fdd91],
    ),
    (
        "GGI-A-25",
        &[0xb5895395, 0xc94eeeba, 0xd229d4ce, 0x57e4fad2],
    ),
    (
        "GGI-A-26",
        &[0xb72e144e, 0x63ca5941, 0x67a1ddb9, 0x9806088e],
    ),
    (
        "GGI-A-27",
        &[0x0d5c524e, 0xb05a2eeb, 0x7495c4b5, 0xca3fa805],
    ),
    (
        "GGI-A-28",
        &[0x2a80c704, 0x3c87fcd7, 0x0d782d8f, 0x4cdb3556, 0x9ca73c92],
    ),
    ("GGI-A-39", &[0x04c78a7e, 0x0cd3fd0c]),
    (
        "GGI-A-29",
        &[
            0xe3d1d7a0, 0x31a845f2, 0xb098c6c1, 0xb5e10c4a, 0x20d78d3c, 0x29b3834e, 0xcd06b70c,
            0x8f01a322,
        ],
    ),
    (
        "GGI-A-30",
        &[
            0x3e09260b, 0x0437de07, 0xa6de3769, 0x0c05be83, 0x4da30441, 0x753806db,
        ],
    ),
    (
        "GGI-A-31",
        &[0xb40ba4f5, 0x2e55d769, 0xea386ffc, 0x82052544],
    ),
    ("GGI-A-33", &[0xce22ca41, 0xda673439, 0x167bb363]),
    (
        "GGI-A-43",
        &[0x71502170, 0x4a078d06, 0xa5742926, 0xae86405e],
    ),
    ("GGI-A-16", &[0xf1b00368, 0xd38ad505]),
    (
        "GGI-A-34",
        &[0x68d3f06d, 0xe7269c15, 0xf67fadb0, 0x32d29416, 0xff8eca04],
    ),
    ("GGI-A-35", &[0x92e5fd50, 0x0aba6fa3, 0x51bbcd9d]),
    ("GGI-A-36", &[0xfeea069c, 0x0364c59f, 0x8676c0bb]),
    ("GGI-A-37", &[0x25843070, 0x6a218136, 0xd80c4fe1]),
];
