// URLs the catalog's figures were read from (stored copies consulted 2026-11-22).
// Kept in one place so a figure names its source by constant, not by retyping a URL.

export const SRC = {
  // NVIDIA
  A100_GK: 'https://glennklockwood.com/garden/processors/A100',
  NVLINK_C2C: 'https://www.nvidia.com/en-us/data-center/nvlink-c2c/',
  NVLINK_GK: 'https://glennklockwood.com/garden/NVLink',
  A100_DATASHEET:
    'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
  A100_DENVR: 'https://support.denvrdata.com/portal/en/kb/articles/why-a100',
  H100_GK: 'https://glennklockwood.com/garden/processors/h100',
  H100_TABLE: 'https://archive-lib.hpctech.co.jp/gpuproduct/nvidia-h100.html',
  H100PCIE_BRIEF: 'https://manuals.plus/m/56b0c3ef7d0a1c470c0af8f05a0bd1f29a778007472ba941201fbbb185c9bccd',
  H100_GPUBLOG: 'https://gpu.blog/gpus/nvidia-h100-sxm',
  H200_MLPERF:
    'https://raw.githubusercontent.com/mlcommons/inference_results_v4.1/main/closed/NVIDIA/systems/H200-SXM-141GBx8_TRT_MaxQ.json',
  H200_AIM: 'https://www.aiminingco.com/gpu/h200/specs',
  H200_LZW: 'https://lzwjava.github.io/nvidia-h200-gpu-specs-en',
  H200_AIWIKI: 'https://aiwiki.ai/wiki/nvidia_h200/raw',
  DGXB200_UG: 'https://docs.nvidia.com/dgx/dgxb200-user-guide/introduction-to-dgxb200.html',
  DGXB200_WIKI: 'https://brent-newsom-nvidia.github.io/AIPS-Boom/wiki/NVIDIA-DGX-B200',
  B200_GK: 'https://glennklockwood.com/garden/processors/B200',
  B200_VULTR: 'https://docs.vultr.com/inference-cookbook/cuda/getting-started/hardware-overview',
  B300_GK: 'https://glennklockwood.com/garden/processors/B300',
  BWU_BLOG: 'https://developer.nvidia.com/blog/inside-nvidia-blackwell-ultra-the-chip-powering-the-ai-factory-era',
  VERDA: 'https://verda.com/blog/gb300-nvl72-architecture',
  HGXB300_ACE: 'https://acecloud.ai/blog/nvidia-hgx-b300',
  DGXB300_AIWIKI: 'https://aiwiki.ai/wiki/nvidia_dgx_b300',
  GB200_AIWIKI: 'https://aiwiki.ai/wiki/nvidia_gb200_nvl72/raw',
  GB200_DATACRUNCH: 'https://datacrunch.io/blog/nvidia-gb200-nvl72-for-ai-training-and-inference',
  GB200_MLPERF:
    'https://raw.githubusercontent.com/mlcommons/inference_results_v6.1/main/closed/Crusoe/systems/GB200-NVL72_GB200-186GB_aarch64x16_Dynamo.json',
  GB200_AWESOME: 'https://awesomeagents.ai/hardware/nvidia-gb200-nvl72',
  GB200_KSHIROL: 'https://kshirol-dev.github.io/learnAI/AIInfrastructure/08-training-clusters.html',
  GB200_FIBERMALL: 'https://www.fibermall.com/blog/in-depth-analysis-for-nvidia-gb200.htm',
  GB300_VENDORDEEP: 'https://vendordeep.com/report/nvidia-launches-blackwell-ultra-gb300',
  GB300_RA: 'https://docs.nvidia.com/enterprise-reference-architectures/nvl72-ai-factory/latest/components.html',
  GB300_AWESOME: 'https://awesomeagents.ai/hardware/nvidia-gb300-nvl72',
  RUBIN_3DT:
    'https://www.3dtested.com/tech-industry/artificial-intelligence/nvidias-seven-chip-vera-rubin-platforms-turns-the-data-center-into-an-ai-factory',
  VR_POD_BLOG:
    'https://developer.nvidia.com/blog/nvidia-vera-rubin-pod-seven-chips-five-rack-scale-systems-one-ai-supercomputer',
  VR_POD_CRYPTO:
    'https://cryptosimmba.com/nvidia-unveils-vera-rubin-pod-40-rack-ai-supercomputer-for-agentic-workloads',
  VR_NVL72_IMGTAG: 'https://jp.imgtag.co.kr/?p=929391',
  VR_NVL144_TECHNEWS:
    'http://www.technews.lt/portal/news/nvidia-pristato-vera-rubin-superlusta-gamyba-prasides-sekanciais-metais/',
  VR_NVL144_HYPERAI: 'https://hyper.ai/en/stories/3422d6a72152beb34a564461208438ff',
  VR_SILICONTALES: 'https://silicontales.com/nvidia-vera-rubin-nvl72/',
  RU_TOMS:
    'https://tomshardware.com/pc-components/gpus/nvidia-shows-off-rubin-ultra-with-600-000-watt-kyber-racks-and-infrastructure-coming-in-2027',
  RU_AIWIKI: 'https://aiwiki.ai/wiki/nvidia_rubin_ultra',
  RU_KYBER: 'https://test2.techand.space/article/technology/2026-03-17-nvidia-gura-ai-hardver-prema-terabajtnom-pragu',
  RUBIN_LINOS: 'https://www.linos.ai/technology/nvidia-rubin-gpu-architecture-specs-2026',
  RUBIN_POWER_WTN:
    'https://www.world-today-news.com/nvidia-vera-rubin-2-3kw-boost-22-2tb-s-bandwidth-outpacing-amd-instinct',
  DGXH100_NETAPP: 'https://github.com/NetAppDocs/netapp-solutions/blob/main/ai/aipod_nv_hw_components.adoc',
  CX8_FW_NOTES: 'https://docs.nvidia.com/networking/display/connectx8firmwarev40440208/changes+and+new+features',
  MLNX_EN_NOTES: 'https://docs.nvidia.com/networking/display/mlnxenv24070610/release+notes',
  LINUX_IB_NDR: 'https://git.zx2c4.com/linux-dev/commit/scripts?id=f946e45f59ef01ff54ffb3b1eba3a8e7915e7326',
  A100_TPU: 'https://www.techpowerup.com/gpu-specs/a100-sxm4-40-gb.c3506',
  L40S_TABLE: 'https://www.mullet.se/product.html?product_id=355414',
  L40S_OMEGA: 'https://omegaco.ae/shop/gpu-cards-edge-ai/nvidia-l40s',
  H20_WIRA: 'https://willitrunai.com/es/gpus/h20-96gb',
  H20_ZSX: 'https://zangshuxian.com/new/674733024499207168',
  RTX4090_FPS: 'https://www.thefpsreview.com/gpu-family/nvidia-geforce-rtx-4090-gpu-family-specifications',
  RTX4090_GIGAGPU: 'https://gigagpu.com/?p=34220',
  RTX4090_WAREDB: 'https://waredb.com/processor/nvidia-geforce-rtx-4090',

  // AMD
  MI300X_ROCM: 'https://github.com/ROCm/legacy-rocm-build/blob/main/docs/conceptual/gpu-arch/mi300.md',
  MI300X_MLPERF:
    'https://raw.githubusercontent.com/mlcommons/inference_results_v4.1/main/closed/AMD/systems/8xMI300X_2xEPYC-9374F.json',
  MI300X_IF: 'https://www.wheelersnetwork.com/2024/01/',
  MI300X_EMERGENT: 'https://www.emergentmind.com/topics/amd-mi300x-gpu',
  MI325X_SVET:
    'https://www.svethardware.cz/amd-predstavilo-instinct-mi325x-s-256gb-pameti-hbm3e-slibuje-i-vykonnejsi-mi355x/61224',
  MI325X_AWESOME: 'https://awesomeagents.ai/hardware/amd-mi325x',
  MI325X_WIAIX: 'https://wiaix.com/amd-instincttm-mi325x-accelerators',
  MI355X_HYPERAI: 'https://hyper.ai/en/headlines/169ff361450497c12f72fbad896041aa',
  MI355X_REG: 'https://www.theregister.com/2025/06/12/amd_mi355x/?td=readmore',
  MI355X_ISSCC: 'https://www.world-today-news.com/?p=7253162',
  MI355X_HUME: 'https://humeconsulting.co/amd-mi355x-strong-node-level-inference-but-not-yet-rack-scale',
  MI355X_BOSTON: 'https://boston-uk-l.azurewebsites.net/blog/2025/08/14/amd-instinct-mi355x.aspx',
  MI355X_WCCF:
    'https://wccftech.com/amd-instinct-mi350-gpuai-hardware-powerhouse-3nm-3d-chiplet-cdna-4-185-billion-transistors-1400w-tbp-over-4000b-llm-support//amp/',
  ROCM_SPECS: 'https://rocm.docs.amd.com/en/7.13.0-preview/reference/gpu-specs.html',
  MI250_ROCM: 'https://github.com/ROCm/legacy-rocm-build/blob/main/docs/conceptual/gpu-arch/mi250.md',
  MI250X_TABLE: 'https://zexron.com/amd-mi250-x-aldebaran-as-mcm-with-up-to-479-teraflop-s-and-560-watt-tdp',
  MI250X_YOBITEL: 'https://yobitel.com/knowledge-base/amd-mi250',

  // Intel
  GAUDI_HC2024: 'https://www.sgpjbg.com/baogao/465025.html',
  GAUDI3_REG: 'https://www.theregister.com/2024/04/09/intel_gaudi_ai_accelerator/',
  GAUDI3_EET: 'http://SimmTester.com/News/IndustryArticle/26118',
  GAUDI_NET: 'https://docs.habana.ai/en/latest/Management_and_Monitoring/Network_Configuration/index.html',
  GAUDI2_NET: 'https://habana.ai/products/networking/',
  GAUDI2_PCGUIA: 'https://pcguia.pt/2024/04/nvidia-e-amd-tem-um-novo-rival-no-mercado-de-ia-a-intel',
  GAUDI_SQUEEZEBITS: 'https://blog.squeezebits.com/intel-gaudi-gemm-attention-performance',

  // Google
  V5E: 'https://docs.cloud.google.com/tpu/docs/v5e',
  V5E_ALT: 'https://docs.cloud.google.com/tpu/docs/v5e?authuser=6',
  V5P: 'https://docs.cloud.google.com/tpu/docs/v5p.md.txt',
  V5P_OLD: 'https://cloud.google.com/tpu/docs/v5p-training',
  V6E: 'https://docs.cloud.google.com/tpu/docs/v6e.md.txt',
  TPU7X: 'https://docs.cloud.google.com/tpu/docs/tpu7x?authuser=101',
  TPU7X_PERF: 'https://docs.cloud.google.com/tpu/docs/ironwood-performance',
  IRONWOOD_BLOGSUM: 'https://dudududukim.github.io/spectrum/tech-bites/2025-02-23-tpu-google',
  IRONWOOD_HOTCHIPS:
    'https://pakinomist.com/ironwood-tpu-details-show-googles-most-powerful-supercomputer-to-date-with-1-77pb-shared-memory-across-9216-chips-that-set-a-new-world-record',
  IRONWOOD_ICI96: 'https://ainews247.org/story/79420',
  IRONWOOD_THINGS: 'https://blog.google/products/google-cloud/ironwood-google-tpu-things-to-know',

  // AWS
  TRN2: 'https://github.com/aws-neuron/aws-neuron-sdk/blob/master/about-neuron/arch/neuron-hardware/trainium2.rst',
  TRN2_NKI:
    'https://awsdocs-neuron.readthedocs-hosted.com/en/v2.29.0/_sources/nki/guides/architecture/trainium2_arch.rst',

  // Models
  LLAMA_SKU: 'https://github.com/meta-llama/llama-models/blob/main/models/sku_list.py',
  LLAMA_PAPER: 'https://arxiv.org/abs/2407.21783',
  LLAMA405_HFCOPY: 'https://huggingface.co/migtissera/Meta-Llama-3.1-405B/blob/main/config.json',
  MIXTRAL_HFCOPY: 'https://huggingface.co/Gokuldaskumar/mistral-8x7b-instruct/blob/main/config.json',
  MIXTRAL_PAPER: 'https://arxiv.org/abs/2401.04088',
  MIXTRAL_BLOG: 'https://mistral.ai/news/mixtral-of-experts/',
  DSV3_CFG: 'https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json',
  DSV3_MIRROR: 'https://gitcode.com/cann/cann-recipes-train/blob/master/llm_rl/deepseek/verl_patches/config.json',
  DSV3_VLLM: 'https://docs.vllm.ai/en/v0.11.0/api/vllm/transformers_utils/configs/deepseek_v3.html',
  DSV3_PAPER: 'https://arxiv.org/abs/2412.19437',
  QWEN3_BLOG: 'https://qwenlm.github.io/blog/qwen3/',
  QWEN3_CFG: 'https://huggingface.co/Qwen/Qwen3-235B-A22B/blob/main/config.json',
  QWEN3_MINDSPEED: 'https://gitcode.com/Ascend/MindSpeed-RL/blob/master/configs/model/qwen3_235b_a22b.yaml',
  GPTOSS_MODEL: 'https://github.com/openai/gpt-oss/blob/main/gpt_oss/torch/model.py',
  GPTOSS_README: 'https://github.com/openai/gpt-oss',
  KIMI_README: 'https://github.com/MoonshotAI/Kimi-K2/blob/main/README.md',
  KIMI_CFG: 'https://huggingface.co/moonshotai/Kimi-K2-Instruct/blob/main/config.json',

  // Constants
  CHINCHILLA: 'https://arxiv.org/abs/2203.15556',
  KAPLAN: 'https://arxiv.org/abs/2001.08361',
  BRYSBAERT: 'https://doi.org/10.1016/j.jml.2019.104047',
  OPENAI_TOKENS: 'https://help.openai.com/en/articles/4936856-what-are-tokens-and-how-to-count-them',
} as const;
