import { describe, expect, it } from "vitest";
import { classify } from "@/lib/ingest/classify/classify";
import type { FacetName } from "@/lib/taxonomy";

type Case = [what: string, title: string, abstract: string, facet: FacetName, value: string];

// "Mentioned, not evidence": each row is a phrase that names a value without the paper being about it.
const MENTIONED: Case[] = [
  [
    '"transient" as an adjective, not the astronomer\'s transients',
    "The Transient Nature of Emergent Skills in Sequence Models",
    "We show that an ability which emerges during training of transformers is often transient: it first emerges, then disappears while the training loss keeps decreasing. We train on synthetic data and find that regularization makes the ability persist.",
    "domain",
    "science",
  ],
  [
    "an open-source model is a model, not a software system",
    "Octavia: An Open-Source Generalist Robot Policy",
    "We present a transformer-based policy pretrained on 800k robot trajectories. It can be instructed via language commands or goal images and finetuned to new observation and action spaces within a few hours on standard consumer GPUs.",
    "contribution",
    "system",
  ],
  [
    "a distilled model's name among the models a method is tried on",
    "Reinforcement Learning for Reasoning with One Training Example",
    "We show that reinforcement learning with verifiable reward using one training example is effective in incentivizing the mathematical reasoning capabilities of large language models. Similar improvements are observed across various models (Qwen2.5-Math-7B, Llama3.2-3B-Instruct, DeepSeek-R1-Distill-Qwen-1.5B) and RL algorithms.",
    "technique",
    "distillation",
  ],
  [
    '"theoretically simplistic" describing a design, not a theory paper',
    "UserFormer: Sequence Modeling for User Representation",
    "Sequential models have become popular for personalized recommendation. These approaches model a user's actions on a website as a sequence to predict the next action. While theoretically simplistic, they are hard to deploy in production. Here we introduce a user representation trained to predict long-term engagement from recent actions.",
    "domain",
    "general",
  ],
  [
    "U-Net naming the shape of a model built of state-space blocks",
    "SSM-UNet: A State Space UNet for Polyp Segmentation",
    "We build a U-shaped encoder-decoder entirely from selective state-space blocks, with skip connections between scales, and segment polyps in colonoscopy images.",
    "architecture",
    "hybrid",
  ],
  [
    "the default family, for a diffusion model that names no attention (a U-Net)",
    "Quantizing Text-to-Image Diffusion Models to Four Bits",
    "We quantize the weights and activations of latent diffusion models to four bits after training, calibrating on samples from every denoising step. Stable Diffusion keeps its image quality at a quarter of the memory.",
    "architecture",
    "transformer",
  ],
  [
    "a channel-attention module inside a convolutional speaker model",
    "Emphasized Channel Attention, Propagation and Aggregation in TDNN Based Speaker Verification",
    "We propose an architecture for speaker verification built on the x-vector time-delay neural network, with squeeze-excitation channel attention and multi-layer feature aggregation. It lowers the equal error rate on VoxCeleb.",
    "architecture",
    "transformer",
  ],
  [
    "another method the paper's can be stacked with",
    "OneShotPrune: Pruning Large Language Models in One Shot",
    "We prune large language models to 50% sparsity in one shot without retraining. Our method is compatible with weight quantization approaches.",
    "technique",
    "quantization",
  ],
  [
    "a known model adopted as the backbone",
    "Crop Maps from Satellite Images",
    "We adopt a Swin Transformer as the backbone and add a crop-type head trained on satellite images.",
    "technique",
    "sparse-attention",
  ],
  [
    "a contrast before the phrase",
    "Dense Attention for Long Documents",
    "Unlike linear attention, we keep full softmax attention and make it cheaper to train.",
    "technique",
    "linear-attention",
  ],
  [
    "a baseline after the phrase",
    "Dense Attention for Long Documents",
    "Our model is compared with MoE baselines and wins on long-document summarization.",
    "technique",
    "moe",
  ],
  [
    "a known model the paper outperforms",
    "GridNet for Image Restoration",
    "We propose GridNet, a convolutional restorer. It outperforms SwinIR and Swin-based models on five benchmarks.",
    "technique",
    "sparse-attention",
  ],
  [
    "a pretrained backbone fine-tuned unchanged",
    "Crop Yield from Satellite Images",
    "We fine-tune a pretrained Swin backbone to regress crop yield from satellite images of farms.",
    "technique",
    "sparse-attention",
  ],
  [
    "frequency-domain features of a signal",
    "Cuff-less Blood Pressure from PPG",
    "We estimate arterial blood pressure waveforms from PPG signals with a transformer fed frequency-domain features and FFT magnitudes.",
    "technique",
    "linear-attention",
  ],
  [
    "a waveform a vocoder outputs",
    "A Fast Neural Vocoder",
    "We propose a vocoder that generates the speech waveform in the frequency domain from mel spectrograms.",
    "technique",
    "linear-attention",
  ],
  [
    "pruning of transforms, not of a model",
    "Learned Video Codecs",
    "We design a learned video codec, pruning redundant transforms of the residual.",
    "technique",
    "pruning",
  ],
  [
    "tasks of the field in the opening sentence",
    "ViT-Lite for Crop Counting",
    "Vision transformers have superseded CNNs in classification, detection and segmentation. We propose a transformer that counts plants in drone images.",
    "task",
    "segmentation",
  ],
  [
    "families named to be set apart",
    "Pure Attention: Image Transformers without Convolutions",
    "We propose an image transformer without convolutions, which removes the convolutional stem entirely.",
    "architecture",
    "hybrid",
  ],
  [
    "perplexity reported by a generic attention variant",
    "Kernelised Attention with Random Features",
    "We propose a kernelised attention with random features. It matches softmax attention in perplexity and on the Long Range Arena.",
    "domain",
    "language",
  ],
  [
    "benchmarks of the experiments",
    "A Generic Sparse Attention",
    "We propose a sparse attention pattern for any sequence. Experiments on ImageNet, GLUE and LibriSpeech show gains.",
    "domain",
    "vision",
  ],
  [
    "a survey's background on translation",
    "State Space Models: A Survey",
    "Recurrent networks once dominated machine translation. We survey state space models for language modelling and forecasting.",
    "task",
    "translation",
  ],
  [
    "a physiological waveform, which is no sound",
    "Arterial Blood Pressure Waveform Synthesis from PPG with a Transformer",
    "We synthesise the arterial blood pressure waveform from a photoplethysmogram (PPG) signal with a transformer encoder.",
    "domain",
    "audio",
  ],
  [
    "a symmetry named like a task",
    "Equivariant Attention for Molecules",
    "We propose an attention layer that is equivariant to roto-translations and translation invariant, and predict molecular properties with it.",
    "task",
    "translation",
  ],
  [
    "a training objective that denoises",
    "Late Interaction Retrievers",
    "We introduce a retriever trained with denoised supervision that ranks passages for open-domain questions.",
    "task",
    "restoration",
  ],
  [
    "a verb of detection that is no detection task",
    "Spectral Graph Transformers",
    "We propose a graph transformer for molecule classification. Its positional encoding can better detect similar sub-structures.",
    "task",
    "detection",
  ],
];

// Real cues that a filter must not drop: the paper's own enumeration and the method it adopts.
const EVIDENCE: Case[] = [
  [
    "a known model the paper designs its own backbone from",
    "Swin3D: A Backbone for 3D Indoor Scenes",
    "In this work, we introduce a pretrained 3D backbone for indoor scenes. We design a 3D Swin transformer as our backbone network on sparse voxels.",
    "technique",
    "sparse-attention",
  ],
  [
    "a survey's own enumeration after 'such as'",
    "Compressing Transformers: A Survey",
    "We survey compression techniques such as knowledge distillation, pruning and quantization of transformer models.",
    "technique",
    "pruning",
  ],
  [
    "the method a paper switches to",
    "Linearised Speech Encoders",
    "We replace softmax attention with linear attention in the speech encoder and keep accuracy.",
    "technique",
    "linear-attention",
  ],
  [
    "a known model the paper builds on in its title",
    "3D Swin Transformer for Brain Tumour Segmentation",
    "We propose a 3D Swin transformer that segments brain tumours in MRI volumes.",
    "technique",
    "sparse-attention",
  ],
  [
    "a known low-rank model named as the design",
    "Linformers for Protein Sequences",
    "We adapt Linformers to protein sequences and train them on UniRef.",
    "technique",
    "low-rank",
  ],
  [
    "a known state-space model in the title",
    "Mamba for Speech Enhancement",
    "We build a speech enhancement model on Mamba blocks and denoise noisy speech.",
    "architecture",
    "state-space",
  ],
  [
    "language models named by the opening sentence",
    "Faster Decoding with Shared Heads",
    "Large language models are slow at inference. We share key and value heads across layers and cache them, which halves decoding latency.",
    "domain",
    "language",
  ],
  [
    "the task a paper's model is shown to beat others at",
    "A Large Language Model That Can Speak and Listen",
    "We introduce SpeakLM, a large language model for speech. The resulting model significantly outperforms existing systems for speech translation tasks.",
    "task",
    "translation",
  ],
  [
    "a task the abstract reports beside the one the title names",
    "A Large Language Model That Can Speak and Listen",
    "We introduce SpeakLM, a large language model that can process and generate text and speech, with applications including speech recognition and speech-to-speech translation.",
    "task",
    "speech-recognition",
  ],
];

describe("mentioned, not evidence", () => {
  it.each(MENTIONED)("%s gives no value (%s)", (_what, title, abstract, facet, value) => {
    expect(classify({ title, abstract })[facet]).not.toContain(value);
  });
});

describe("evidence a filter must keep", () => {
  it.each(EVIDENCE)("%s gives the value (%s)", (_what, title, abstract, facet, value) => {
    expect(classify({ title, abstract })[facet]).toContain(value);
  });
});
