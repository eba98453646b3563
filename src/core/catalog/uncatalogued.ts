// Hardware and models that notes name but the catalog has no sourced figures for.
//
// Recognising them matters as much as the catalog itself: "A V100 has 32 GB" in a note whose
// frontmatter says `hardware: H100` must not be judged against the H100. A claim about one of
// these is unverifiable, and says why; a user can add the chip in a hardware file
// (`rooflineNotes.hardwareFile`), whose entries then win over the names here.
//
// No figures live here, only names. Aliases follow the catalog's rules (see lookup.ts): case-,
// space- and hyphen-insensitive, whole words, longest first.

export interface UncataloguedEntry {
  /** How a claim names it back to the user. */
  name: string;
  kind: 'hardware' | 'model';
  aliases: readonly string[];
}

const hw = (name: string, ...aliases: string[]): UncataloguedEntry => ({ name, kind: 'hardware', aliases: aliases.length ? aliases : [name] });
const model = (name: string, ...aliases: string[]): UncataloguedEntry => ({ name, kind: 'model', aliases: aliases.length ? aliases : [name] });

export const UNCATALOGUED: readonly UncataloguedEntry[] = [
  // NVIDIA: other SKUs of catalogued chips first (different memory, clocks or links), then other chips.
  hw('H100 NVL', 'H100 NVL', 'H100NVL'),
  hw('H200 NVL', 'H200 NVL', 'H200NVL'),
  hw('H800', 'H800', 'H800 SXM'),
  hw('H20 141GB', 'H20 141GB'),
  hw('A100 PCIe', 'A100 PCIe', 'A100 PCIe 80GB', 'A100 80GB PCIe', 'A100 (PCIe)', 'A100 PCIe 40GB', 'A100 40GB PCIe'),
  hw('A800', 'A800'),
  hw('GH100 die', 'GH100'),
  hw('GH200 Grace Hopper Superchip', 'GH200', 'GH200 Superchip', 'Grace Hopper', 'Grace Hopper Superchip', 'DGX GH200'),
  hw('B100', 'B100'),
  hw('Rubin CPX', 'Rubin CPX'),
  hw('GB10 (DGX Spark)', 'GB10', 'DGX Spark'),
  hw('V100', 'V100', 'V100S', 'Tesla V100', 'V100 SXM2', 'V100 32GB', 'V100 16GB'),
  hw('P100', 'P100', 'Tesla P100'),
  hw('T4', 'T4', 'Tesla T4'),
  hw('A10', 'A10', 'A10G'),
  hw('A30', 'A30'),
  hw('A40', 'A40'),
  hw('L4', 'L4'),
  hw('L40', 'L40'),
  hw('GTX 1080 Ti', 'GTX 1080 Ti', '1080 Ti', 'GTX 1080'),
  hw('RTX 3090', 'RTX 3090', 'RTX 3090 Ti', '3090', '3090 Ti'),
  hw('RTX 4090 D / laptop 4090', 'RTX 4090 D', '4090 D', 'RTX 4090 Laptop', 'RTX 4090 Mobile'),
  hw('RTX 5090', 'RTX 5090', '5090'),
  hw('RTX A6000', 'RTX A6000', 'A6000'),
  hw('RTX 6000 Ada', 'RTX 6000 Ada'),
  hw('RTX PRO 6000', 'RTX PRO 6000', 'RTX PRO 6000 Blackwell', 'Blackwell workstation', 'Blackwell workstation cards'),
  hw('GeForce RTX (other)', 'RTX 5080', 'RTX 4080', 'RTX 3080', 'RTX 2080 Ti'),
  hw('Jetson Orin', 'Jetson Orin', 'Jetson AGX Orin', 'Jetson Orin Nano', 'Jetson Orin NX', 'Orin Nano', 'Orin NX', 'AGX Orin'),
  hw('Jetson Thor', 'Jetson Thor', 'Jetson AGX Thor', 'Jetson T5000'),
  // AMD
  hw('MI300A', 'MI300A'),
  hw('MI350X', 'MI350X', 'Instinct MI350X'),
  hw('MI250', 'MI250', 'Instinct MI250'),
  // Half an MI250X: software sees each GCD as a GPU (64 GB, 1.6 TB/s); the catalog holds the package.
  hw('an MI250X GCD (half of the package)', 'MI250X GCD', 'MI250X GCDs'),
  hw('MI210', 'MI210'),
  hw('MI100', 'MI100'),
  hw('MI400 series', 'MI400', 'MI450', 'MI450X', 'MI455X'),
  hw('Radeon RX 7900 XTX', 'RX 7900 XTX', '7900 XTX'),
  // Intel
  // Other Gaudi SKUs than the catalogued OAMs.
  hw('Gaudi 3 PCIe card (HL-338)', 'Gaudi 3 PCIe', 'HL-338'),
  hw('Gaudi 3 China variant (HL-328 / HL-388)', 'HL-328', 'HL-388'),
  hw('Gaudi 2 China variant (HL-225B)', 'HL-225B'),
  hw('Gaudi', 'Gaudi', 'Gaudi 1', 'Gaudi1'),
  hw('Data Center GPU Max (Ponte Vecchio)', 'Ponte Vecchio'),
  hw('Falcon Shores', 'Falcon Shores'),
  // Google TPUs before v5e
  hw('TPU v4', 'TPU v4', 'TPUv4', 'TPU v4i'),
  hw('TPU v3', 'TPU v3', 'TPUv3'),
  hw('TPU v2', 'TPU v2', 'TPUv2'),
  hw('TPU v5 (lite or p?)', 'TPU v5', 'TPUv5'),
  // AWS
  hw('Trainium (first generation)', 'Trainium', 'Trainium1', 'Trn1'),
  hw('Trainium3', 'Trainium3', 'Trainium 3', 'Trn3'),
  // Servers of Trainium2 chips: their totals are not one chip's.
  hw('a Trn2 instance or UltraServer (16 or 64 Trainium2 chips)', 'Trn2 instance', 'Trn2 instances', 'trn2.48xlarge', 'Trn2 UltraServer', 'Trn2 UltraServers', 'Trn2 Ultra server', 'Trainium2 UltraServer', 'Trainium2 instance', 'Trn2 server', 'Trn2 node', 'Trn2u'),
  hw('Inferentia', 'Inferentia', 'Inferentia2', 'Inf2', 'Inf1'),
  // Others
  hw('Cerebras WSE-3', 'WSE-3', 'WSE3', 'CS-3'),
  hw('Cerebras WSE-2', 'WSE-2', 'WSE2'),
  hw('Groq LPU', 'Groq LPU', 'LPU'),
  hw('SambaNova SN40L', 'SN40L'),
  hw('Maia 100', 'Maia 100', 'Maia 200'),
  hw('MTIA', 'MTIA', 'MTIA v2'),
  hw('Ascend 910B', 'Ascend 910B', 'Ascend 910C', 'Ascend 910', 'Ascend 950'),
  hw('Tesla Dojo', 'Dojo', 'Dojo D1'),
  hw('Etched Sohu', 'Sohu'),
  hw('Apple M-series', 'M1 Max', 'M1 Ultra', 'M2 Max', 'M2 Ultra', 'M3 Max', 'M3 Ultra', 'M4 Max', 'M4 Pro', 'M3 Pro', 'M2 Pro', 'M4 Ultra'),
  hw('Tenstorrent', 'Wormhole', 'Wormhole n150', 'Wormhole n300', 'Blackhole', 'Blackhole p150', 'Grayskull', 'Tenstorrent Galaxy'),
  hw('Graphcore IPU', 'Graphcore', 'Graphcore IPU', 'Bow IPU', 'Colossus MK2'),
  hw('d-Matrix Corsair', 'Corsair', 'd-Matrix Corsair', 'd-Matrix'),
  hw('Qualcomm Cloud AI 100', 'Cloud AI 100', 'AI 100 Ultra'),
  hw('an edge accelerator', 'Hailo-8', 'Hailo-10', 'Coral Edge TPU', 'Edge TPU'),
  hw('a laptop or phone chip', 'Strix Halo', 'Ryzen AI Max', 'Ryzen AI 300', 'Snapdragon', 'Snapdragon X Elite', 'Lunar Lake', 'NPU', 'Neural Engine', 'laptop GPU', 'MacBook', 'MacBook Pro', 'MacBook Air', 'Mac Studio', 'Mac mini', 'Mac Pro', 'iPhone'),
  hw('a server CPU', 'Xeon', 'Xeon 6', 'Sapphire Rapids', 'Granite Rapids', 'EPYC', 'Genoa', 'Turin'),
  // Supercomputers: notes compare pods and racks with them ("above El Capitan's ~1.7 exaflops").
  hw('a TOP500 supercomputer', 'El Capitan', 'Frontier supercomputer', 'Aurora supercomputer', 'Fugaku', 'JUPITER supercomputer', 'Summit supercomputer'),

  // Models without an architecture in the catalog.
  model('Mixtral 8x22B', 'Mixtral 8x22B', 'Mixtral-8x22B'),
  model('gpt-oss-20b', 'gpt-oss-20b', 'gpt-oss 20b'),
  model('Kimi K2.5', 'Kimi K2.5'),
  model('Kimi K2 Thinking', 'Kimi K2 Thinking'),
  model('GPT-3', 'GPT-3', 'GPT3', 'GPT-3.5'),
  model('GPT-4', 'GPT-4', 'GPT4', 'GPT-4 Turbo', 'GPT-4o', 'GPT-4.1', 'GPT-4.5'),
  model('GPT-5', 'GPT-5', 'GPT5'),
  model('Llama 2', 'Llama 2', 'Llama-2', 'Llama 2 7B', 'Llama 2 13B', 'Llama 2 70B', 'Llama-2-70B', 'Llama-2-7B'),
  model('Llama 3.2', 'Llama 3.2 1B', 'Llama 3.2 3B', 'Llama 3.2 11B', 'Llama 3.2 90B'),
  model('Llama 4', 'Llama 4', 'Llama 4 Scout', 'Llama 4 Maverick', 'Llama 4 Behemoth'),
  model('Mistral 7B', 'Mistral 7B', 'Mistral-7B'),
  model('Mistral Large', 'Mistral Large'),
  model('Qwen2.5', 'Qwen2.5', 'Qwen 2.5', 'Qwen2.5 72B', 'Qwen2.5-72B'),
  model('DeepSeek-V2', 'DeepSeek-V2', 'DeepSeek V2'),
  // Dense distillations of R1 into Qwen and Llama: other models, not DeepSeek-R1 (671B MoE).
  // (A prefix names them all: "DeepSeek-R1-Distill-Qwen-7B" begins with "DeepSeek-R1-Distill".)
  model('DeepSeek-R1 distill', 'DeepSeek-R1-Distill', 'R1-Distill', 'R1 distill'),
  model('Falcon 180B', 'Falcon 180B', 'Falcon 40B'),
  model('PaLM', 'PaLM', 'PaLM 2'),
  model('Gemini', 'Gemini', 'Gemini 1.5 Pro', 'Gemini 2.5 Pro', 'Gemini Ultra'),
  model('Claude', 'Claude 3', 'Claude 3 Opus', 'Claude 3.5 Sonnet', 'Claude Opus', 'Claude Sonnet'),
  model('Grok-1', 'Grok-1', 'Grok 1', 'Grok-2'),
  model('Gemma', 'Gemma', 'Gemma 2', 'Gemma 3'),
  model('Phi-3', 'Phi-3', 'Phi-4'),
  model('DBRX', 'DBRX'),
  model('Qwen2', 'Qwen2', 'Qwen2-72B', 'Qwen2 72B', 'Qwen2-7B'),
  model('Qwen3 (dense and small MoE)', 'Qwen3-32B', 'Qwen3 32B', 'Qwen3-14B', 'Qwen3-8B', 'Qwen3-30B-A3B', 'Qwen3 30B'),
  model('DeepSeek-V2.5', 'DeepSeek-V2.5', 'DeepSeek V2.5', 'DeepSeek-Coder-V2', 'DeepSeek-Coder', 'DeepSeek Coder'),
  model('Command R', 'Command R', 'Command R+', 'Command-R', 'Command-R+'),
  model('Yi-34B', 'Yi-34B', 'Yi 34B'),
  model('Jamba', 'Jamba', 'Jamba 1.5'),
  model('Kimi K1.5', 'Kimi K1.5', 'Kimi k1.5'),
  model('Nemotron', 'Nemotron', 'Nemotron-4', 'Nemotron-4 340B', 'Nemotron 340B', 'Nemotron 70B'),
  model('OLMo', 'OLMo', 'OLMo 2'),
  model('a GPT-3-era model', 'BLOOM', 'OPT-175B', 'Gopher', 'MPT-30B', 'MPT-7B'),
];
